using Microsoft.EntityFrameworkCore;
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
    public const int RecentThreads = 3;
    public const int AwaitingWithinDays = 30;
    public const int TrendMonths = 12;

    public static async Task<CardSections> LoadAsync(RelationsDbContext db, Contact contact, DateTimeOffset now, CancellationToken ct)
    {
        var yearAgo = now.AddMonths(-TrendMonths);
        var mail = await db.InteractionParticipants.Where(p => p.ContactId == contact.Id)
            .Join(db.Interactions, p => p.InteractionId, i => i.Id, (p, i) => new { i.Id, i.Subject, i.ConversationId, i.SentAt, i.Direction, p.Role, i.Question })
            .OrderByDescending(i => i.SentAt).Take(500).ToListAsync(ct);
        var messages = mail.OrderBy(m => m.Role).DistinctBy(m => m.Id).ToList();

        var recent = messages.DistinctBy(m => Thread(m.ConversationId, m.Subject)).Take(RecentThreads)
            .Select(m => new RecentSubject(m.Subject, m.SentAt, m.Direction == Direction.Outgoing ? "sent" : "received")).ToList();

        // Their last word in a thread the owner has not answered since (a reply may leave them off Cc).
        var theirs = messages.Where(m => m.SentAt >= now.AddDays(-AwaitingWithinDays))
            .GroupBy(m => Thread(m.ConversationId, m.Subject)).Select(g => g.First())
            .Where(m => m.Direction == Direction.Incoming && m.Role == ParticipantRole.From).ToList();
        var threads = theirs.Select(m => m.ConversationId).ToList();
        var answered = await db.Interactions.Where(i => threads.Contains(i.ConversationId) && i.Direction == Direction.Outgoing)
            .GroupBy(i => i.ConversationId).Select(g => new { g.Key, Last = g.Max(i => i.SentAt) }).ToDictionaryAsync(x => x.Key, x => x.Last, ct);
        var awaiting = theirs.Where(m => !answered.TryGetValue(m.ConversationId, out var reply) || reply < m.SentAt)
            .Select(m => new AwaitingView(m.Subject, m.SentAt, m.Question)).ToList();

        var next = await db.MeetingAttendees.Where(a => a.ContactId == contact.Id)
            .Join(db.Meetings.Where(m => !m.IsCancelled && m.StartAt > now), a => a.MeetingId, m => m.Id, (_, m) => m)
            .OrderBy(m => m.StartAt).Select(m => new MeetingView(m.Subject, m.StartAt, m.EndAt)).FirstOrDefaultAsync(ct);

        var network = contact.Organisation is null ? [] : await db.Contacts.AsNoTracking()
            .Where(c => c.Organisation == contact.Organisation && c.Id != contact.Id && c.LastContactAt != null)
            .OrderByDescending(c => c.StrengthLog).Take(3).Select(c => new PersonView(c.Email, c.DisplayName)).ToListAsync(ct);

        return new CardSections(recent, awaiting, MonthlyCounts(messages.Where(m => m.SentAt >= yearAgo).Select(m => m.SentAt), now), next, network);
    }

    /// <summary>Messages per calendar month (UTC), the last twelve months, oldest first.</summary>
    public static IReadOnlyList<int> MonthlyCounts(IEnumerable<DateTimeOffset> sent, DateTimeOffset now)
    {
        var counts = new int[TrendMonths];
        var thisMonth = now.UtcDateTime.Year * 12 + now.UtcDateTime.Month;
        foreach (var at in sent)
        {
            var age = thisMonth - (at.UtcDateTime.Year * 12 + at.UtcDateTime.Month);
            if (age is >= 0 and < TrendMonths) counts[TrendMonths - 1 - age]++;
        }
        return counts;
    }

    private static string Thread(string conversationId, string subject) => conversationId.Length > 0 ? conversationId : subject;
}
