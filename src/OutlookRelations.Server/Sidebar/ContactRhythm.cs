using System.Data.Common;
using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sidebar;

/// <summary>
/// The last year of each recipient's relationship, counted as the card's rhythm needs it
/// (<see cref="YearOfContact"/>): the owner's mail with them among the recipients, their mail to the
/// owner, and meetings they did not decline, counted as they are read: when you were in contact, and
/// who wrote each conversation's first message. Building Engagement's whole PairHistory and its
/// RelationshipMetrics for this was most of a lookup's own work (and half of what it allocated); the
/// usual gap and the quiet rule are still Engagement's own Cadence, so "quiet for longer than usual"
/// on a card and "dormant" in a report are one rule (issue 18). Marking first messages in the
/// statement instead (a window over the conversation ids) tripled the statement's time in SQLite.
/// A year is what the usual gap looks at (<see cref="Cadence.Window"/>); older history only tells
/// when they last met, which the contact row already holds.
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

    internal static string MailSql(int addresses) => $"""
        SELECT r."ContactId", r."SentAt", i."Id", i."Direction", i."ConversationId"
        FROM {CardSql.LatestParticipations(addresses, MaxMessages, lastYear: true)}
        INNER JOIN "Interactions" AS i ON i."Id" = r."InteractionId"
        WHERE (i."Direction" = {(int)Direction.Outgoing} AND r."Role" <> {(int)ParticipantRole.From})
           OR (i."Direction" = {(int)Direction.Incoming} AND r."Role" = {(int)ParticipantRole.From})
        """;

    internal static string MeetingsSql(int addresses) => $"""
        SELECT a."ContactId", m."StartAt"
        FROM "Contacts" AS k
        CROSS JOIN "MeetingAttendees" AS a
        CROSS JOIN "Meetings" AS m
        WHERE {CardSql.Mine("k")} AND k."Email" IN ({CardSql.EmailList(addresses)})
          AND a."ContactId" = k."Id" AND m."Id" = a."MeetingId"
          AND {CardSql.Mine("m")} AND NOT m."IsCancelled" AND a."Response" <> 'declined'
          AND m."StartAt" >= @{CardSql.Since} AND m."StartAt" < @{CardSql.Now}
        """;

    /// <summary>Reads <see cref="MailSql"/>'s rows, then (after NextResult) <see cref="MeetingsSql"/>'s, into one year per contact.</summary>
    public static async Task<IReadOnlyDictionary<long, YearOfContact>> ReadAsync(DbDataReader reader, CancellationToken ct)
    {
        var years = new Dictionary<long, Counting>();
        Counting Of(long contact) => years.TryGetValue(contact, out var year) ? year : years[contact] = new Counting();
        // Each conversation's first message, by time then id (where Engagement's Turns start a thread);
        // an empty conversation id is a conversation of its own. Someone on one message twice (To and
        // Cc) has two rows for it: the same time, id and side, so it is first once.
        var first = new Dictionary<(long Contact, string Conversation), (DateTimeOffset At, long Id, bool Outgoing)>();
        while (await reader.ReadAsync(ct))
        {
            var (contact, at, id) = (reader.GetInt64(0), reader.GetTime(1), reader.GetInt64(2));
            var outgoing = reader.GetInt32(3) == (int)Direction.Outgoing;
            var conversation = reader.GetString(4);
            Of(contact).Times.Add(at);
            var key = (contact, conversation.Length > 0 ? conversation : $"#{id}");
            if (!first.TryGetValue(key, out var earliest) || (at, id).CompareTo((earliest.At, earliest.Id)) < 0) first[key] = (at, id, outgoing);
        }
        foreach (var ((contact, _), start) in first)
        {
            if (start.Outgoing) years[contact].OwnerStarted++;
            else years[contact].ContactStarted++;
        }
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var year = Of(reader.GetInt64(0));
            year.Times.Add(reader.GetTime(1));
            year.Meetings++;
        }
        return years.ToDictionary(y => y.Key, y => new YearOfContact(y.Value.Times, y.Value.OwnerStarted, y.Value.ContactStarted, y.Value.Meetings));
    }

    private sealed class Counting
    {
        public readonly List<DateTimeOffset> Times = [];
        public int OwnerStarted, ContactStarted, Meetings;
    }
}
