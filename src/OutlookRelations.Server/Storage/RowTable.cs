using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace OutlookRelations.Server.Storage;

/// <summary>
/// What EF's model says about one entity type's table, for <see cref="RowInserts"/>: its name, its
/// store-generated key, and every other column with the type mapping that converts its values.
/// Read once per type and model.
/// </summary>
internal sealed class RowTable<T> where T : class
{
    private static RowTable<T>? _cached;

    private readonly IModel _model;
    private readonly ISqlGenerationHelper _sql;

    private RowTable(RelationsDbContext db)
    {
        _model = db.Model;
        _sql = db.GetService<ISqlGenerationHelper>();
        var entity = _model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        Name = _sql.DelimitIdentifier(store.Name, store.Schema);
        var generated = entity.FindPrimaryKey()!.Properties.Where(p => p.ValueGenerated != ValueGenerated.Never).ToList();
        if (generated.Count == 1) Key = _sql.DelimitIdentifier(generated[0].GetColumnName(store)!);
        Columns = [.. entity.GetProperties().Where(p => !generated.Contains(p)).Select(p => p.IsShadowProperty()
            ? throw new NotSupportedException($"{typeof(T).Name}.{p.Name} is a shadow property; RowInserts cannot read it.")
            : (p, (RelationalTypeMapping)p.GetRelationalTypeMapping(), _sql.DelimitIdentifier(p.GetColumnName(store)!)))];
    }

    /// <summary>The table's name, delimited.</summary>
    public string Name { get; }

    /// <summary>The store-generated key's column, delimited; empty when there is none.</summary>
    public string Key { get; } = "";

    public IReadOnlyList<(IProperty Property, RelationalTypeMapping Mapping, string Column)> Columns { get; }

    // Each provider's context has its own model: the cache holds the last one asked for.
    public static RowTable<T> Of(RelationsDbContext db) => _cached is { } table && ReferenceEquals(table._model, db.Model) ? table : _cached = new RowTable<T>(db);

    public int ColumnOf(string property) => Columns.Select((c, i) => (c, i)).Single(x => x.c.Property.Name == property).i;

    /// <summary>A multi-row INSERT of these rows, optionally returning the key beside <paramref name="returning"/>'s column.</summary>
    public DbCommand Insert(RelationsDbContext db, T[] rows, string? returning)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var text = new StringBuilder("INSERT INTO ").Append(Name).Append(" (")
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
            if (Key.Length == 0) throw new InvalidOperationException($"{typeof(T).Name} has no store-generated key to return.");
            text.Append(" RETURNING ").Append(Key).Append(", ").Append(Columns[ColumnOf(returning)].Column);
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
