using System.Data.Common;

namespace OutlookRelations.Server.Sidebar;

/// <summary>The owner's strongest contacts at each of some organisations, strongest first.</summary>
internal sealed record OrganisationLeaders(long Id, string Organisation, string Email, string DisplayName, double StrengthLog)
{
    /// <summary>One more than a card shows, in case the card's own contact is among them.</summary>
    public const int PerOrganisation = 4;

    /// <summary>
    /// Per address, the strongest contacts at that contact's organisation: the newest end of the
    /// (OwnerId, Organisation, StrengthLog) index, so the owner's own company with thousands of
    /// contacts costs what a small one does. Hand-written for the same reason as <see cref="RecentMail"/>.
    /// Two recipients at one organisation read it twice; <see cref="ReadAsync"/> keeps it once.
    /// </summary>
    internal static string Sql(int addresses) => string.Join("\nUNION ALL\n", Enumerable.Range(0, addresses).Select(i => $$"""
        SELECT * FROM (SELECT o."Id", o."Organisation", o."Email", o."DisplayName", o."StrengthLog" FROM "Contacts" AS o
                       WHERE {{CardSql.Mine("o")}}
                         AND o."Organisation" = {{CardSql.OfContact(i, "Organisation")}}
                         AND o."LastContactAt" IS NOT NULL
                       ORDER BY o."StrengthLog" DESC LIMIT {{PerOrganisation}}) AS l{{i}}
        """));

    /// <summary>Reads <see cref="Sql"/>'s rows, each person once, strongest first.</summary>
    public static async Task<List<OrganisationLeaders>> ReadAsync(DbDataReader reader, CancellationToken ct)
    {
        var leaders = new List<OrganisationLeaders>();
        while (await reader.ReadAsync(ct))
            leaders.Add(new OrganisationLeaders(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetDouble(4)));
        return [.. leaders.DistinctBy(l => l.Id).OrderByDescending(l => l.StrengthLog)];
    }
}
