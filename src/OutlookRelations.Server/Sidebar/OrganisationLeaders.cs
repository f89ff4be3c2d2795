using System.Data.Common;

namespace OutlookRelations.Server.Sidebar;

/// <summary>The owner's strongest contacts at each of some organisations, strongest first.</summary>
internal sealed record OrganisationLeaders(long Id, string Organisation, string Email, string DisplayName, double StrengthLog)
{
    /// <summary>One more than a card shows, in case the card's own contact is among them.</summary>
    public const int PerOrganisation = 4;

    /// <summary>
    /// For each organisation the recipients are at, its strongest contacts: the strength of its
    /// <see cref="PerOrganisation"/>-th strongest, read from the strong end of the (OwnerId,
    /// Organisation, StrengthLog) index, bounds one range read of the same index, so the owner's own
    /// company with thousands of contacts costs what a small one does. One statement for every
    /// recipient, hand-written, for the reasons <see cref="CardSql.LatestParticipations"/> and
    /// <see cref="RecentMail"/> give.
    /// </summary>
    internal static string Sql(int addresses) => $$"""
        SELECT o."Id", o."Organisation", o."Email", o."DisplayName", o."StrengthLog"
        FROM (SELECT DISTINCT k."Organisation" FROM "Contacts" AS k
              WHERE {{CardSql.Mine("k")}} AND k."Email" IN ({{CardSql.EmailList(addresses)}}) AND k."Organisation" IS NOT NULL) AS g
        INNER JOIN "Contacts" AS o ON {{CardSql.Mine("o")}} AND o."Organisation" = g."Organisation"
            AND o."StrengthLog" >= COALESCE((SELECT x."StrengthLog" FROM "Contacts" AS x
                                             WHERE {{CardSql.Mine("x")}} AND x."Organisation" = g."Organisation" AND x."LastContactAt" IS NOT NULL
                                             ORDER BY x."StrengthLog" DESC LIMIT 1 OFFSET {{PerOrganisation - 1}}), {{Weakest}})
        WHERE o."LastContactAt" IS NOT NULL
        """;

    // Below any strength a contact with mail can have (a sum of weights, logged): an organisation with
    // fewer than PerOrganisation such contacts has no bound.
    private const string Weakest = "-1e300";

    /// <summary>Reads <see cref="Sql"/>'s rows, each person once, strongest first.</summary>
    public static async Task<List<OrganisationLeaders>> ReadAsync(DbDataReader reader, CancellationToken ct)
    {
        var leaders = new List<OrganisationLeaders>();
        while (await reader.ReadAsync(ct))
            leaders.Add(new OrganisationLeaders(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetDouble(4)));
        return [.. leaders.DistinctBy(l => l.Id).OrderByDescending(l => l.StrengthLog)];
    }
}
