using System.Data.Common;
using OutlookRelations.Server.Contacts;

namespace OutlookRelations.Server.Sidebar;

/// <summary>The owner's own time zone (Graph mailboxSettings): their "today" and the dates on the cards.</summary>
internal static class OwnerTimeZoneRow
{
    internal static readonly string Sql = $"""SELECT o."TimeZone" FROM "Owners" AS o WHERE o."TenantId" = @{CardSql.Tenant} AND o."Id" = @{CardSql.Owner}""";

    /// <summary>Reads <see cref="Sql"/>'s row; UTC when the zone is unknown.</summary>
    public static async Task<TimeZoneInfo> ReadAsync(DbDataReader reader, CancellationToken ct) =>
        await reader.ReadAsync(ct) ? OwnerZone.Of(reader.GetTextOrNull(0)) : TimeZoneInfo.Utc;
}
