using System.Data.Common;
using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sidebar;

/// <summary>
/// The last year of each recipient's relationship as Engagement measures one (a PairHistory): the
/// owner's mail with them among the recipients, their mail to the owner, and meetings they did not
/// decline. The card's cadence comes from it through the reports' own code, so "quiet for longer than
/// usual" on a card and "dormant" in a report are one rule (issue 18). A year is what the usual gap
/// looks at (<see cref="Cadence.Window"/>); older history only tells when they last met, which the
/// contact row already holds.
/// </summary>
internal static class ContactRhythm
{
    /// <summary>
    /// The most of a year's mail read per recipient, newest first: someone you write to every day
    /// costs a lookup what a monthly correspondent does (the sidebar-load benchmark's heavy recipients
    /// have over 1,000 messages a year, and reading them all was two thirds of a lookup). 200 messages
    /// is months of daily mail: the usual gap and the quiet rule come out as from the whole year, and
    /// who starts the threads is counted over those months.
    /// </summary>
    public const int MaxMessages = 200;

    internal static string MailSql(int addresses)
    {
        // Per recipient, the newest entries of the (ContactId, SentAt, InteractionId, Role) index, which answers alone.
        var latest = string.Join("\nUNION ALL\n", Enumerable.Range(0, addresses).Select(i => $$"""
            SELECT * FROM (SELECT p."ContactId", p."InteractionId", p."Role", p."SentAt" FROM "InteractionParticipants" AS p
                           WHERE p."ContactId" = {{CardSql.OfContact(i, "Id")}} AND p."SentAt" >= @{{CardSql.Since}} AND p."SentAt" < @{{CardSql.Now}}
                           ORDER BY p."SentAt" DESC LIMIT {{MaxMessages}}) AS y{{i}}
            """));
        return $"""
            SELECT r."ContactId", i."Id", i."ConversationId", i."Direction", r."SentAt"
            FROM ({latest}) AS r
            INNER JOIN "Interactions" AS i ON i."Id" = r."InteractionId"
            WHERE (i."Direction" = {(int)Direction.Outgoing} AND r."Role" <> {(int)ParticipantRole.From})
               OR (i."Direction" = {(int)Direction.Incoming} AND r."Role" = {(int)ParticipantRole.From})
            """;
    }

    internal static string MeetingsSql(int addresses) => $"""
        SELECT a."ContactId", m."StartAt", m."EndAt"
        FROM "Contacts" AS k
        CROSS JOIN "MeetingAttendees" AS a
        CROSS JOIN "Meetings" AS m
        WHERE {CardSql.Mine("k")} AND k."Email" IN ({CardSql.EmailList(addresses)})
          AND a."ContactId" = k."Id" AND m."Id" = a."MeetingId"
          AND {CardSql.Mine("m")} AND NOT m."IsCancelled" AND a."Response" <> 'declined'
          AND m."StartAt" >= @{CardSql.Since} AND m."StartAt" < @{CardSql.Now}
        """;

    /// <summary>Reads <see cref="MailSql"/>'s rows, then (after NextResult) <see cref="MeetingsSql"/>'s, into one history per contact.</summary>
    public static async Task<IReadOnlyDictionary<long, PairHistory>> ReadAsync(DbDataReader reader, Guid ownerId, CancellationToken ct)
    {
        var mail = new List<(long Contact, PairMessage Message)>();
        while (await reader.ReadAsync(ct))
            mail.Add((reader.GetInt64(0), new PairMessage(reader.GetInt64(1), reader.GetString(2),
                reader.GetInt32(3) == (int)Direction.Outgoing ? Side.Owner : Side.Contact, reader.GetTime(4), SmallTalk: false)));
        await reader.NextResultAsync(ct);
        var meetings = new List<(long Contact, PairMeeting Meeting)>();
        while (await reader.ReadAsync(ct))
            meetings.Add((reader.GetInt64(0), new PairMeeting(reader.GetTime(1), reader.GetTime(2))));

        // Someone on one message twice (To and Cc) was written to once.
        var mailBy = mail.DistinctBy(m => (m.Contact, m.Message.Id)).ToLookup(m => m.Contact, m => m.Message);
        var meetingsBy = meetings.ToLookup(m => m.Contact, m => m.Meeting);
        return mailBy.Select(g => g.Key).Union(meetingsBy.Select(g => g.Key))
            .ToDictionary(id => id, id => new PairHistory(ownerId, id, [.. mailBy[id]], [.. meetingsBy[id]]));
    }
}
