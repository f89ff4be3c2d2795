using System.Data.Common;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.WarmPaths;

namespace OutlookRelations.Server.Sidebar;

/// <summary>
/// Who on your team knows the people asked about (issue 20's warm paths): the one statement of the
/// batch that reads other owners' rows, so its rules are all here. Only colleagues in your own tenant
/// who turned sharing on and have not paused collection; nothing when the tenant's admins turned the
/// feature off; only relationships both ways; customers only (nobody is introduced to a colleague);
/// and of each only the colleague's name and a band, never a figure, a message or a detail.
/// </summary>
internal static class WarmPathRows
{
    public const int PerPerson = 3;

    internal static string Sql(int addresses) => $"""
        SELECT c."Email", c."StrengthLog", o."Email", o."DisplayName", t."Domain"
        FROM "Contacts" AS c
        JOIN "Owners" AS o ON o."Id" = c."OwnerId"
        JOIN "Tenants" AS t ON t."Id" = c."TenantId"
        WHERE c."TenantId" = @{CardSql.Tenant} AND o."TenantId" = @{CardSql.Tenant} AND o."Id" <> @{CardSql.Owner}
          AND o."SharesNetwork" AND NOT o."CollectionPaused"
          AND c."Email" IN ({CardSql.EmailList(addresses)}) AND c."MessagesToContact" > 0 AND c."MessagesFromContact" > 0
          AND NOT EXISTS (SELECT 1 FROM "TenantSettings" AS s WHERE s."TenantId" = @{CardSql.Tenant} AND NOT s."WarmPathsAllowed")
        """;

    /// <summary>Per address asked, the colleagues who know them well or regularly, the strongest first.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<WarmPath>>> ReadAsync(DbDataReader reader, DateTimeOffset now, CancellationToken ct)
    {
        var rows = new List<(string Email, double StrengthLog, WarmPath Path)>();
        while (await reader.ReadAsync(ct))
        {
            var (email, strengthLog, domain) = (reader.GetString(0), reader.GetDouble(1), reader.GetString(4));
            var band = RelationshipStrength.Band(RelationshipStrength.At(strengthLog, now));
            if (band == "light" || TenantDomain.IsColleague(email, domain)) continue;
            rows.Add((email, strengthLog, new WarmPath(reader.GetString(2), reader.GetString(3), band)));
        }
        return rows.GroupBy(r => r.Email, StringComparer.Ordinal).ToDictionary(
            g => g.Key, g => (IReadOnlyList<WarmPath>)[.. g.OrderByDescending(r => r.StrengthLog).Take(PerPerson).Select(r => r.Path)], StringComparer.Ordinal);
    }
}
