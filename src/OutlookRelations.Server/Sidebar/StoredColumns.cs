using System.Data.Common;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sidebar;

/// <summary>
/// Columns read by hand as EF stores them: times as UTC ticks (<see cref="UtcTicksConverter"/>),
/// enums as their numbers, absent text as NULL.
/// </summary>
internal static class StoredColumns
{
    public static DateTimeOffset GetTime(this DbDataReader reader, int column) => UtcTicksConverter.FromTicks(reader.GetInt64(column));

    public static DateTimeOffset? GetTimeOrNull(this DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetTime(column);

    /// <summary>A count, which SQLite returns as a 64-bit integer and PostgreSQL as bigint.</summary>
    public static int? GetCountOrNull(this DbDataReader reader, int column) => reader.IsDBNull(column) ? null : checked((int)reader.GetInt64(column));

    public static string? GetTextOrNull(this DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
