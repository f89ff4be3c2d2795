using System.Data.Common;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Remembering;

namespace OutlookRelations.Server.Sidebar;

/// <summary>
/// Company news someone told you, shown on the cards of the people at an organisation it names
/// (issue 20): "NBC is being bought by Comcast" on the card of your contact at Comcast. Told by whom
/// and when; the text came from mail: render as text.
/// </summary>
public sealed record CardNews(long DetailId, string News, string ToldByEmail, string ToldBy, DateTimeOffset MentionedAt);

/// <summary>
/// The batch's statement for it: the owner's recent company news, newest first, read through the
/// (OwnerId, Kind, LastMentionedAt) index. Matched to each card's organisation here, as whole words or
/// by the admin's other names for it, as Today's news is (Serendipity/NewsConnections); never the
/// teller's own organisation or the tenant's.
/// </summary>
internal static class NewsRows
{
    public const int Read = 20;
    /// <summary>UTC ticks from which news is still news (NewsConnections.RecentDays).</summary>
    public const string Since = "newsSince";

    internal static readonly string Sql = $"""
        SELECT d."Id", d."Summary", d."Evidence", d."LastMentionedAt", k."Email", k."DisplayName", k."Organisation", t."Name",
               (SELECT s."OrganisationAliases" FROM "TenantSettings" AS s WHERE s."TenantId" = d."TenantId")
        FROM "ContactDetails" AS d
        JOIN "Contacts" AS k ON k."Id" = d."ContactId"
        JOIN "Tenants" AS t ON t."Id" = d."TenantId"
        WHERE {CardSql.Mine("d")} AND d."Kind" = '{ArtifactKind.CompanyNews}' AND d."LastMentionedAt" >= @{Since}
          AND d."Status" IN ({(int)DetailStatus.Active}, {(int)DetailStatus.Confirmed})
        ORDER BY d."LastMentionedAt" DESC
        LIMIT {Read}
        """;

    internal sealed record Row(CardNews News, string Text, string? TellersOrganisation, string TenantName, Serendipity.OrganisationAliases Aliases);

    public static async Task<IReadOnlyList<Row>> ReadAsync(DbDataReader reader, CancellationToken ct)
    {
        var rows = new List<Row>();
        Serendipity.OrganisationAliases? aliases = null; // the tenant's, the same on every row
        while (await reader.ReadAsync(ct))
        {
            var (summary, evidence) = (reader.GetString(1), reader.GetTextOrNull(2));
            aliases ??= Serendipity.OrganisationAliases.Parse(reader.GetTextOrNull(8));
            rows.Add(new Row(new CardNews(reader.GetInt64(0), summary, reader.GetString(4), reader.GetString(5), reader.GetTime(3)),
                $"{summary} {evidence}", reader.GetTextOrNull(6), reader.GetString(7), aliases));
        }
        return rows;
    }

    /// <summary>The news naming <paramref name="organisation"/>, newest first, at most two.</summary>
    public static IReadOnlyList<CardNews> For(string? organisation, IReadOnlyList<Row> rows) =>
        organisation is null ? [] :
        [.. rows.Where(r => r.TenantName != organisation && r.TellersOrganisation != organisation && r.Aliases.Mentions(r.Text, organisation))
            .Select(r => r.News).Take(2)];
}
