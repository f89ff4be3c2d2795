using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.DataControls;

/// <summary>Everything held about the signed-in mailbox, as one JSON document (GET /api/me/export).</summary>
public sealed class MailboxExport(RelationsDbContext db, TimeProvider time)
{
    public sealed record Export(
        DateTimeOffset ExportedAt, string Mailbox, bool CollectionPaused,
        IReadOnlyList<object> Contacts, IReadOnlyList<object> Messages, IReadOnlyList<object> Meetings,
        IReadOnlyList<object> Details, IReadOnlyList<object> Relationships, IReadOnlyList<object> Reports,
        // Last, so an export read by something that predates stories still reads.
        IReadOnlyList<object>? Stories = null);

    public async Task<Export> BuildAsync(Guid ownerId, CancellationToken ct)
    {
        var owner = await db.Owners.AsNoTracking().SingleAsync(o => o.Id == ownerId, ct);
        var contacts = await db.Contacts.AsNoTracking().OrderBy(c => c.Email).ToListAsync(ct);
        var email = contacts.ToDictionary(c => c.Id, c => c.Email);
        var messages = await db.Interactions.AsNoTracking().Include(i => i.Participants).OrderBy(i => i.SentAt).ToListAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Attendees).OrderBy(m => m.StartAt).ToListAsync(ct);
        var details = await db.ContactDetails.AsNoTracking().Include(d => d.Sources).OrderBy(d => d.Id).ToListAsync(ct);
        var facts = await db.RelationshipFacts.AsNoTracking().ToListAsync(ct);
        var stories = await db.SharedStories.AsNoTracking().OrderBy(s => s.SharedAt).Select(s => new { About = s.Detail!.Contact!.Email, s.Detail.Summary, s.ConversationId, s.HappenedAt, s.SharedAt, s.Note }).ToListAsync(ct);
        var reports = await db.Reports.AsNoTracking().Select(r => new { r.Id, r.Scope, r.From, r.To, r.Status, r.CreatedAt, r.FileName }).ToListAsync(ct);
        return new Export(time.GetUtcNow(), owner.Email, owner.CollectionPaused,
            [.. contacts.Select(c => (object)new { c.Email, c.DisplayName, c.Organisation, c.FirstContactAt, c.LastContactAt, c.MessagesToContact, c.MessagesFromContact, c.MeetingsTogether })],
            [.. messages.Select(i => (object)new
            {
                i.InternetMessageId, i.ConversationId, i.Subject, Direction = i.Direction.ToString(), i.SentAt, i.Question,
                Participants = i.Participants.Select(p => new { Email = email.GetValueOrDefault(p.ContactId), Role = p.Role.ToString() }),
            })],
            [.. meetings.Select(m => (object)new { m.Subject, m.StartAt, m.EndAt, m.IsCancelled, m.OrganizerEmail, Attendees = m.Attendees.Select(a => new { Email = email.GetValueOrDefault(a.ContactId), a.Response }) })],
            [.. details.Select(d => (object)new
            {
                About = email.GetValueOrDefault(d.ContactId), Kind = d.Kind?.ToString(), Origin = d.Origin.ToString(), Status = d.Status.ToString(),
                d.Summary, d.Evidence, d.Date, d.Sensitive, d.FirstMentionedAt, d.LastMentionedAt, Sources = d.Sources.Select(s => s.InternetMessageId),
            })],
            [.. facts.Select(f => (object)new { With = email.GetValueOrDefault(f.ContactId), f.Sent, f.Received, f.ContactTurns, f.ContactTurnsAnswered, f.OwnerTurns, f.OwnerTurnsAnswered, f.Meetings, f.MeetingHours, f.LastTwoWayAt, f.SmallTalkMessages, f.ReEngagements })],
            [.. reports.Select(r => (object)r)],
            [.. stories.Select(s => (object)s)]);
    }
}
