using Microsoft.EntityFrameworkCore;

namespace OutlookRelations.Server.Storage;

/// <summary>
/// New rows of one entity type inserted below EF's change tracker, in the context's current
/// transaction. Why: EF sends one INSERT per row and SQLite parses each one; a first sync stores
/// three rows a message, and that was the largest part of its time (the sync benchmark's profile).
/// Columns, names and values come from EF's model and type mappings (UTC ticks, NUL-free text, each
/// provider's Guids and enums), so the rows are exactly what SaveChanges would have written.
/// <list type="bullet">
/// <item>SQLite: one single-row INSERT prepared once and run again with each row's values. SQLite
/// finds each named parameter by a linear search of the statement's names, so binding one
/// multi-row statement of 900 parameters took some 400,000 string comparisons; a prepared statement
/// run again costs no more than the row.</item>
/// <item>PostgreSQL: multi-row INSERTs, so a page is a few round trips. (Binary COPY was tried: the
/// same time on this workload, 2026-12-04.)</item>
/// </list>
/// </summary>
public static class RowInserts
{
    // Well under SQLite's oldest limit on parameters in one statement (999) and PostgreSQL's (65,535).
    private const int MaxParameters = 900;

    /// <summary>Inserts the rows. Their navigations are not followed: set foreign keys first.</summary>
    public static async Task InsertAsync<T>(RelationsDbContext db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        var table = RowTable<T>.Of(db);
        if (!db.Database.IsSqlite())
        {
            foreach (var chunk in rows.Chunk(Chunk(table)))
            {
                await using var command = table.Insert(db, chunk, returning: null);
                await command.ExecuteNonQueryAsync(ct);
            }
            return;
        }
        await using var statement = table.Insert(db, [rows[0]], returning: null);
        for (var r = 0; r < rows.Count; r++)
        {
            if (r > 0) table.Bind(statement, rows[r]);
            await statement.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// Inserts rows whose key the database generates, and returns each key by the row's
    /// <paramref name="unique"/> property, as stored (NUL-free).
    /// </summary>
    public static async Task<Dictionary<string, long>> InsertReturningKeysAsync<T>(RelationsDbContext db, IReadOnlyList<T> rows, string unique, CancellationToken ct) where T : class
    {
        var keys = new Dictionary<string, long>(rows.Count, StringComparer.Ordinal);
        if (rows.Count == 0) return keys;
        var table = RowTable<T>.Of(db);
        if (!db.Database.IsSqlite())
        {
            // Neither provider promises RETURNING's order: each key comes back beside its unique value.
            foreach (var chunk in rows.Chunk(Chunk(table)))
            {
                await using var command = table.Insert(db, chunk, returning: unique);
                await ReadKeysAsync(command, keys, ct);
            }
            return keys;
        }
        await using var statement = table.Insert(db, [rows[0]], returning: unique);
        for (var r = 0; r < rows.Count; r++)
        {
            if (r > 0) table.Bind(statement, rows[r]);
            await ReadKeysAsync(statement, keys, ct);
        }
        return keys;
    }

    private static int Chunk<T>(RowTable<T> table) where T : class => Math.Max(1, MaxParameters / table.Columns.Count);

    private static async Task ReadKeysAsync(System.Data.Common.DbCommand command, Dictionary<string, long> keys, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) keys[reader.GetString(1)] = reader.GetInt64(0);
    }
}
