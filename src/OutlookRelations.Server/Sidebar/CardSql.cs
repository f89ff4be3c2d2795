namespace OutlookRelations.Server.Sidebar;

/// <summary>
/// The sidebar's one batch: every section of every card in nine statements sent together, so a
/// lookup is one round trip whatever the recipients (on PostgreSQL each round trip is a wait for
/// another process; under load those waits were most of a lookup). Hand-written SQL that runs on
/// SQLite and PostgreSQL alike. The recipients are named by address, as asked: each statement finds
/// their contacts through the (OwnerId, Email) index itself rather than waiting for the first
/// statement's ids. Every table read is pinned to the signed-in owner explicitly (raw SQL does not
/// pass through EF's query filters), or reached through a contact that was; the one exception,
/// colleagues who consented to warm paths, is pinned to the tenant and says why (<see cref="WarmPathRows"/>). Each statement lives
/// in its own file beside the code that reads its columns; this holds what they share.
/// </summary>
internal static class CardSql
{
    public const string Tenant = "tenant";
    public const string Owner = "owner";
    /// <summary>UTC ticks from which a message from them gets the owner's last reply (awaiting reply).</summary>
    public const string RepliesFrom = "replies";
    /// <summary>UTC ticks now: meetings after it are upcoming.</summary>
    public const string Now = "now";
    /// <summary>UTC ticks a year ago: the history a card's cadence is measured over (<see cref="ContactRhythm"/>).</summary>
    public const string Since = "since";

    public static string Email(int i) => $"e{i}";

    /// <summary>The nine statements for <paramref name="addresses"/> distinct addresses, in the order <see cref="CardData"/> reads them.</summary>
    public static string For(int addresses) => string.Join(";\n",
        ContactsWithDetails.Sql(addresses), RecentMail.Sql(addresses), UpcomingMeetings.Sql(addresses), OrganisationLeaders.Sql(addresses),
        ContactRhythm.MailSql(addresses), ContactRhythm.MeetingsSql(addresses), OwnerTimeZoneRow.Sql, WarmPathRows.Sql(addresses), NewsRows.Sql);

    /// <summary>The owner pin for a table alias, as EF's query filter would write it.</summary>
    public static string Mine(string alias) => $"""{alias}."TenantId" = @{Tenant} AND {alias}."OwnerId" = @{Owner}""";

    /// <summary>
    /// The newest <paramref name="most"/> entries of each recipient's contact in the participants'
    /// (ContactId, SentAt, InteractionId, Role) index, as rows r(ContactId, InteractionId, Role,
    /// SentAt), and only before now and in the last year when <paramref name="lastYear"/>: per
    /// contact, the time of its <paramref name="most"/>-th newest entry (a short read from the end of
    /// its range) bounds one range read of the same index, which answers alone. A contact with years
    /// of mail costs what one with a week's does. One statement for every recipient: written once per
    /// recipient and glued with UNION ALL, SQLite spent longer preparing the statement than running
    /// it. Entries sent the same moment as the <paramref name="most"/>-th all come along.
    /// </summary>
    public static string LatestParticipations(int addresses, int most, bool lastYear)
    {
        var range = lastYear ? $"""AND q."SentAt" >= @{Since} AND q."SentAt" < @{Now} """ : "";
        return $"""
            (SELECT k."Id" AS "ContactId",
                    COALESCE((SELECT q."SentAt" FROM "InteractionParticipants" AS q WHERE q."ContactId" = k."Id" {range}
                              ORDER BY q."SentAt" DESC LIMIT 1 OFFSET {most - 1}), {(lastYear ? "@" + Since : "0")}) AS "Floor"
             FROM "Contacts" AS k WHERE {Mine("k")} AND k."Email" IN ({EmailList(addresses)})) AS f
            INNER JOIN "InteractionParticipants" AS r ON r."ContactId" = f."ContactId" AND r."SentAt" >= f."Floor"{(lastYear ? $""" AND r."SentAt" < @{Now}""" : "")}
            """;
    }

    public static string EmailList(int addresses) => string.Join(", ", Enumerable.Range(0, addresses).Select(i => "@" + Email(i)));
}
