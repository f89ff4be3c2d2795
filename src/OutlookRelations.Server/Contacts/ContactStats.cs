using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Contacts;

/// <summary>
/// Recomputes the relationship figures of the contacts a sync page touched, inside the page's
/// transaction, so the figures and the rows they summarise never disagree.
/// </summary>
public sealed class ContactStats(RelationsDbContext db, TimeProvider time, IOptions<StorageOptions> storage)
{
    private sealed record ContactMessage(long ContactId, long InteractionId, ParticipantRole Role, Direction Direction, DateTimeOffset SentAt);

    public async Task RecomputeAsync(IReadOnlyCollection<long> contactIds, CancellationToken ct)
    {
        if (contactIds.Count == 0) return;
        var ids = contactIds.ToList();
        var messages = storage.Value.IsPostgres ? await MessagesInTwoReadsAsync(ids, ct) : await db.InteractionParticipants
            .Where(p => ids.Contains(p.ContactId))
            // Newsletters and automated mail make nobody a closer contact.
            .Join(db.Interactions.Where(i => !i.IsAutomated), p => p.InteractionId, i => i.Id, (p, i) => new ContactMessage(p.ContactId, p.InteractionId, p.Role, i.Direction, i.SentAt))
            .ToListAsync(ct);
        // A declined invitation is not time spent together (the engagement metrics agree).
        var meetings = await db.MeetingAttendees
            .Where(a => ids.Contains(a.ContactId) && a.Response != "declined")
            .Join(db.Meetings.Where(m => !m.IsCancelled), a => a.MeetingId, m => m.Id, (a, m) => new { a.ContactId, m.StartAt })
            .ToListAsync(ct);
        var contacts = await db.Contacts.Where(c => ids.Contains(c.Id)).ToListAsync(ct);

        var messagesByContact = messages.ToLookup(m => m.ContactId);
        var now = time.GetUtcNow();
        var meetingsByContact = meetings.ToLookup(m => m.ContactId);
        foreach (var contact in contacts)
        {
            // A contact can be on one message twice (To and Cc): count each message once.
            var theirs = messagesByContact[contact.Id].OrderBy(m => m.Role).DistinctBy(m => m.InteractionId).ToList();
            var together = meetingsByContact[contact.Id].ToList();
            contact.MessagesToContact = theirs.Count(m => m.Direction == Direction.Outgoing);
            contact.MessagesFromContact = theirs.Count(m => m.Direction == Direction.Incoming && m.Role == ParticipantRole.From);
            contact.MeetingsTogether = together.Count;
            var times = theirs.Select(m => m.SentAt).Concat(together.Select(m => m.StartAt)).ToList();
            contact.FirstContactAt = times.Count == 0 ? null : times.Min();
            contact.LastContactAt = theirs.Count == 0 ? null : theirs.Max(m => m.SentAt);
            var sent = theirs.Where(m => m.Direction == Direction.Outgoing).ToList();
            contact.LastMessageToContactAt = sent.Count == 0 ? null : sent.Max(m => m.SentAt);
            contact.MessagesByMonth = MonthlyMessages.Encode(theirs.Select(m => m.SentAt), now);
            contact.StrengthLog = times.Aggregate(double.NegativeInfinity, (sum, t) => RelationshipStrength.LogAdd(sum, RelationshipStrength.LogWeight(t)));
        }
    }

    // On PostgreSQL, in two index-driven reads rather than one join: it planned the join from statistics
    // taken while the tables were still filling, and a first sync spent 64% of its time here (the sync
    // benchmark's profile: 32 s of 50 s; 10 s this way). SQLite's planner does the join well, and reads
    // a long id list slowly (18.8 s against 3.2 s), so it keeps the join.
    private async Task<List<ContactMessage>> MessagesInTwoReadsAsync(List<long> ids, CancellationToken ct)
    {
        var participations = await db.InteractionParticipants.Where(p => ids.Contains(p.ContactId))
            .Select(p => new { p.ContactId, p.InteractionId, p.Role }).ToListAsync(ct);
        var interactionIds = participations.Select(p => p.InteractionId).Distinct().ToList();
        var interactions = new Dictionary<long, (Direction Direction, DateTimeOffset SentAt)>(interactionIds.Count);
        foreach (var chunk in interactionIds.Chunk(5_000))
            foreach (var i in await db.Interactions.Where(i => chunk.Contains(i.Id) && !i.IsAutomated).Select(i => new { i.Id, i.Direction, i.SentAt }).ToListAsync(ct))
                interactions[i.Id] = (i.Direction, i.SentAt);
        return [.. participations.Where(p => interactions.ContainsKey(p.InteractionId))
            .Select(p => new ContactMessage(p.ContactId, p.InteractionId, p.Role, interactions[p.InteractionId].Direction, interactions[p.InteractionId].SentAt))];
    }
}
