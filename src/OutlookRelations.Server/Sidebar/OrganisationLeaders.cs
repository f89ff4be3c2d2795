using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sidebar;

/// <summary>The owner's strongest contacts at each of some organisations, strongest first.</summary>
internal sealed record OrganisationLeaders(long Id, string Organisation, string Email, string DisplayName, double StrengthLog)
{
    /// <summary>One more than a card shows, in case the card's own contact is among them.</summary>
    public const int PerOrganisation = 4;

    /// <summary>
    /// Hand-written for the same reason as <see cref="RecentMail"/>: the ranking must run over the named
    /// organisations only. Organisation names are not the owner's own, so the owner is pinned
    /// explicitly, through a contact that came from the owner-filtered set.
    /// </summary>
    public static async Task<List<OrganisationLeaders>> LoadAsync(RelationsDbContext db, long ownersContactId, IReadOnlyList<string> organisations, CancellationToken ct)
    {
        var list = string.Join(", ", organisations.Select((_, i) => $"{{{i + 1}}}"));
        var sql = $"""
            SELECT "Id", "Organisation", "Email", "DisplayName", "StrengthLog" FROM (
                SELECT o."Id", o."Organisation", o."Email", o."DisplayName", o."StrengthLog",
                       ROW_NUMBER() OVER (PARTITION BY o."Organisation" ORDER BY o."StrengthLog" DESC) AS "Rank"
                FROM "Contacts" AS o
                WHERE o."OwnerId" = (SELECT c."OwnerId" FROM "Contacts" AS c WHERE c."Id" = {"{0}"})
                  AND o."Organisation" IN ({list}) AND o."LastContactAt" IS NOT NULL
            ) AS ranked
            WHERE "Rank" <= {PerOrganisation}
            ORDER BY "StrengthLog" DESC
            """;
        return await db.Database.SqlQueryRaw<OrganisationLeaders>(sql, [ownersContactId, .. organisations]).ToListAsync(ct);
    }
}
