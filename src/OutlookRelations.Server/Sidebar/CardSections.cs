using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sidebar;

public sealed record RecentSubject(string Subject, DateTimeOffset SentAt, string Direction);
public sealed record MeetingView(string Subject, DateTimeOffset StartAt, DateTimeOffset EndAt);
/// <summary>A thread whose last message is theirs, and the question it asked, if any.</summary>
public sealed record AwaitingView(string Subject, DateTimeOffset SentAt, string? Question);
public sealed record PersonView(string Email, string DisplayName);

/// <summary>The parts of a card read from the owner's own mail and calendar, per contact.</summary>
public sealed record CardSections(
    IReadOnlyList<RecentSubject> RecentSubjects, IReadOnlyList<AwaitingView> AwaitingReply, IReadOnlyList<int> Trend,
    MeetingView? NextMeeting, IReadOnlyList<PersonView> Network)
{
    public static readonly CardSections Empty = new([], [], [], null, []);
    /// <summary>
    /// The latest threads the two of you wrote in, the contact as sender or addressee: a thread they
    /// were only copied on is not a conversation with them (the opener would say "Follow up with
    /// Keith on …" about a thread Keith never wrote in or was written to).
    /// </summary>
    public const int RecentThreads = 3;
    public const int AwaitingWithinDays = 30;
    public const int TrendMonths = MonthlyMessages.TrendMonths;

    /// <summary>
    /// Every card's sections from what the lookup read in its one round trip (<see cref="CardData"/>);
    /// a compose with ten recipients must not cost ten times the round trips (see the sidebar-load benchmark).
    /// </summary>
    internal static async Task<IReadOnlyDictionary<long, CardSections>> BuildAsync(RelationsDbContext db, CardData data, DateTimeOffset now, CancellationToken ct)
    {
        var contacts = data.Contacts.Values.ToList();
        var trend = await TrendAsync(db, contacts, now, ct);
        var awaiting = Awaiting(data.Recent, now);
        var network = PeopleThere(contacts, data.Leaders);
        return contacts.ToDictionary(c => c.Id, c => new CardSections(
            [.. data.Recent[c.Id].Where(m => m.Role != ParticipantRole.Cc).DistinctBy(m => m.Thread).Take(RecentThreads)
                .Select(m => new RecentSubject(m.Subject, m.SentAt, m.Outgoing ? "sent" : "received"))],
            awaiting[c.Id].ToList(), trend.GetValueOrDefault(c.Id) ?? new int[TrendMonths], data.NextMeetings.GetValueOrDefault(c.Id), network[c.Id].ToList()));
    }

    // Kept on the contact at ingest (MonthlyMessages). Counted here only for contacts whose figures
    // predate that (stored before the upgrade and not touched since).
    private static async Task<Dictionary<long, int[]>> TrendAsync(RelationsDbContext db, IReadOnlyList<Contact> contacts, DateTimeOffset now, CancellationToken ct)
    {
        var trends = contacts.Where(c => c.MessagesByMonth is not null).ToDictionary(c => c.Id, c => MonthlyMessages.Trend(c.MessagesByMonth!, now));
        var uncounted = contacts.Where(c => c.MessagesByMonth is null).Select(c => c.Id).ToList();
        if (uncounted.Count == 0) return trends;
        var since = MonthlyMessages.MonthStarts(now)[0];
        var sent = await db.InteractionParticipants.Where(p => uncounted.Contains(p.ContactId) && p.SentAt >= since)
            .Select(p => new { p.ContactId, p.InteractionId, p.SentAt }).ToListAsync(ct);
        foreach (var contact in sent.DistinctBy(p => (p.ContactId, p.InteractionId)).GroupBy(p => p.ContactId))
            trends[contact.Key] = MonthlyMessages.Trend(MonthlyMessages.Encode(contact.Select(p => p.SentAt), now), now);
        return trends;
    }

    // Their last word in a thread the owner has not answered since (RecentMail carries the owner's last
    // reply), unless it went to a crowd: "the office closes at noon" to forty people awaits nobody's reply.
    // The memory engine's rule for a broadcast, so the card and the details agree on what one is.
    private static ILookup<long, AwaitingView> Awaiting(ILookup<long, RecentMail> recent, DateTimeOffset now) =>
        recent.SelectMany(g => g.Where(m => m.SentAt >= now.AddDays(-AwaitingWithinDays)).GroupBy(m => m.Thread).Select(t => t.First())
                .Where(m => !m.Outgoing && m.Role == ParticipantRole.From && !(m.LastReplyAt >= m.SentAt)
                    && !(m.People >= Memory.Extraction.ArtifactExtractor.BroadcastRecipients))
                .Select(m => (Contact: g.Key, View: new AwaitingView(m.Subject, m.SentAt, m.Question))))
            .ToLookup(x => x.Contact, x => x.View);

    // The strongest other people at the same organisation: who in your own network connects to them.
    private static ILookup<long, PersonView> PeopleThere(IReadOnlyList<Contact> contacts, IReadOnlyList<OrganisationLeaders> leaders)
    {
        var strongest = leaders.ToLookup(o => o.Organisation);
        return contacts.Where(c => c.Organisation is not null)
            .SelectMany(c => strongest[c.Organisation!].Where(o => o.Id != c.Id).Take(3).Select(o => (c.Id, Person: new PersonView(o.Email, o.DisplayName))))
            .ToLookup(x => x.Id, x => x.Person);
    }
}
