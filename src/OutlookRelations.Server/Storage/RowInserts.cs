using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace OutlookRelations.Server.Storage;

/// <summary>
/// New rows of one entity type inserted below EF's change tracker, in the context's current
/// transaction. Why: EF sends one INSERT per row and SQLite parses each one; a first sync stores
/// three rows a message, and that was the largest part of its time (the sync benchmark's profile).
/// On PostgreSQL, multi-row INSERTs, so a page is a few round trips. On SQLite, one single-row
/// INSERT prepared once and run again with each row's values: SQLite finds each named parameter by
/// a linear search of the statement's names, so binding a 900-parameter statement took some
/// 400,000 string comparisons, and a prepared statement run again costs no more than the row. Columns, names and values come from EF's model and type mappings
/// (UTC ticks, NUL-free text, each provider's Guids and enums), so the rows are exactly what
/// SaveChanges would have written; store-generated keys are left to the database.
/// </summary>
public static class RowInserts
{
    // Well under SQLite's oldest limit on parameters in one statement (999), and PostgreSQL's (65,535).
    private const int MaxParameters = 900;

    /// <summary>Inserts the rows. Their navigations are not followed: set foreign keys first.</summary>
    public static async Task InsertAsync<T>(RelationsDbContext db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        var table = Table<T>.Of(db);
        if (db.Database.IsSqlite())
        {
            if (rows.Count == 0) return;
            await using var statement = table.Command(db, [rows[0]], returning: null);
            for (var r = 0; r < rows.Count; r++)
            {
                if (r > 0) table.Bind(statement, rows[r]);
                await statement.ExecuteNonQueryAsync(ct);
            }
            return;
        }
        foreach (var chunk in rows.Chunk(Math.Max(1, MaxParameters / table.Columns.Count)))
        {
            await using var command = table.Command(db, chunk, returning: null);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// Inserts rows whose key the database generates, and returns each key by the row's
    /// <paramref name="unique"/> property, as stored (NUL-free), since neither provider promises
    /// RETURNING's order.
    /// </summary>
    public static async Task<Dictionary<string, long>> InsertReturningKeysAsync<T>(RelationsDbContext db, IReadOnlyList<T> rows, string unique, CancellationToken ct) where T : class
    {
        var table = Table<T>.Of(db);
        var keys = new Dictionary<string, long>(rows.Count, StringComparer.Ordinal);
        if (db.Database.IsSqlite())
        {
            if (rows.Count == 0) return keys;
            await using var statement = table.Command(db, [rows[0]], returning: unique);
            for (var r = 0; r < rows.Count; r++)
            {
                if (r > 0) table.Bind(statement, rows[r]);
                await ReadKeysAsync(statement, keys, ct);
            }
            return keys;
        }
        foreach (var chunk in rows.Chunk(Math.Max(1, MaxParameters / table.Columns.Count)))
        {
            await using var command = table.Command(db, chunk, returning: unique);
            await ReadKeysAsync(command, keys, ct);
        }
        return keys;
    }

    private static async Task ReadKeysAsync(DbCommand command, Dictionary<string, long> keys, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) keys[reader.GetString(1)] = reader.GetInt64(0);
    }

    /// <summary>What the model says about one entity type's table, read once per type and model.</summary>
    private sealed class Table<T> where T : class
    {
        private static Table<T>? _cached;

        private readonly IModel _model;
        private readonly ISqlGenerationHelper _sql;
        private readonly string _name;
        private readonly string _key;
        public IReadOnlyList<(IProperty Property, RelationalTypeMapping Mapping, string Column)> Columns { get; }

        private Table(RelationsDbContext db)
        {
            _model = db.Model;
            _sql = db.GetService<ISqlGenerationHelper>();
            var entity = _model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
            var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            _name = _sql.DelimitIdentifier(store.Name, store.Schema);
            var generated = entity.FindPrimaryKey()!.Properties.Where(p => p.ValueGenerated != ValueGenerated.Never).ToList();
            _key = generated.Count == 1 ? _sql.DelimitIdentifier(generated[0].GetColumnName(store)!) : "";
            Columns = [.. entity.GetProperties().Where(p => !generated.Contains(p)).Select(p => p.IsShadowProperty()
                ? throw new NotSupportedException($"{typeof(T).Name}.{p.Name} is a shadow property; RowInserts cannot read it.")
                : (p, (RelationalTypeMapping)p.GetRelationalTypeMapping(), _sql.DelimitIdentifier(p.GetColumnName(store)!)))];
        }

        // Each provider's context has its own model: the cache holds the last one asked for.
        public static Table<T> Of(RelationsDbContext db) => _cached is { } table && ReferenceEquals(table._model, db.Model) ? table : _cached = new Table<T>(db);

        public DbCommand Command(RelationsDbContext db, T[] rows, string? returning)
        {
            var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var text = new StringBuilder("INSERT INTO ").Append(_name).Append(" (")
                .AppendJoin(", ", Columns.Select(c => c.Column)).Append(") VALUES ");
            var n = 0;
            for (var r = 0; r < rows.Length; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < Columns.Count; c++)
                {
                    var name = "p" + n++;
                    command.Parameters.Add(Parameter(command, name, c, rows[r]));
                    text.Append(c == 0 ? "" : ", ").Append(_sql.GenerateParameterNamePlaceholder(name));
                }
                text.Append(')');
            }
            if (returning is not null)
            {
                if (_key.Length == 0) throw new InvalidOperationException($"{typeof(T).Name} has no store-generated key to return.");
                text.Append(" RETURNING ").Append(_key).Append(", ").Append(Columns.Single(c => c.Property.Name == returning).Column);
            }
            command.CommandText = text.ToString();
            return command;
        }

        /// <summary>Gives a one-row command another row's values; its text, and so its prepared statement, stay.</summary>
        public void Bind(DbCommand command, T row)
        {
            command.Parameters.Clear();
            for (var c = 0; c < Columns.Count; c++) command.Parameters.Add(Parameter(command, "p" + c, c, row));
        }

        private DbParameter Parameter(DbCommand command, string name, int column, T row)
        {
            var (property, mapping, _) = Columns[column];
            return mapping.CreateParameter(command, _sql.GenerateParameterName(name), property.GetGetter().GetClrValue(row), property.IsNullable);
        }
    }
}
