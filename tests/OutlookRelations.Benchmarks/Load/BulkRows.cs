using System.Data.Common;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Benchmarks.Load;

/// <summary>
/// Writes millions of rows quickly for the load benchmark, bypassing change tracking but not the
/// model: table and column names, and every value's conversion (enums, the UTC-ticks timestamps),
/// come from EF's own metadata, so the rows are exactly what the server would have stored.
/// PostgreSQL gets binary COPY; SQLite a prepared INSERT inside one transaction.
/// </summary>
internal static class BulkRows
{
    public static async Task InsertAsync<T>(RelationsDbContext db, IEnumerable<T> rows) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = entity.GetTableName()!;
        var identifier = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = entity.GetProperties().Select(p => (Property: p, Column: p.GetColumnName(identifier)!)).ToList();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        if (connection is NpgsqlConnection npgsql)
            await CopyAsync(npgsql, table, columns, rows);
        else
            await InsertEachAsync(connection, table, columns, rows);
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string table, List<(IProperty Property, string Column)> columns, IEnumerable<T> rows) where T : class
    {
        var names = string.Join(", ", columns.Select(c => $"\"{c.Column}\""));
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await writer.StartRowAsync();
            foreach (var (property, _) in columns)
            {
                var value = ProviderValue(property, row);
                if (value is null) await writer.WriteNullAsync();
                else await writer.WriteAsync(value, property.GetRelationalTypeMapping().StoreType);
            }
        }
        await writer.CompleteAsync();
    }

    private static async Task InsertEachAsync<T>(DbConnection connection, string table, List<(IProperty Property, string Column)> columns, IEnumerable<T> rows) where T : class
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Column}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"$p{i}";
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync();
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++) parameters[i].Value = ProviderValue(columns[i].Property, row) ?? DBNull.Value;
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    private static object? ProviderValue(IProperty property, object row)
    {
        var value = property.PropertyInfo!.GetValue(row);
        if (value is null) return null;
        var converter = property.GetValueConverter() ?? property.GetTypeMapping().Converter;
        if (converter is not null) return converter.ConvertToProvider(value);
        return value.GetType().IsEnum ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : value;
    }
}
