using Microsoft.EntityFrameworkCore;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Remembering;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Engagement;

/// <summary>
/// Loads the relationships of a set of mailboxes in one tenant from stored metadata. Reports span
/// several owners, so this reads past the per-owner query filters; callers decide which owners a
/// requester may see (Reports/ReportScopes.cs) and pass exactly those.
/// </summary>
public sealed class PairHistories(RelationsDbContext db)
{
    /// <summary>Small talk: personal details, not business (promises, company news, feedback, job moves).</summary>
    public static readonly ArtifactKind[] SmallTalkKinds =
    [
        ArtifactKind.Birthday, ArtifactKind.Anniversary, ArtifactKind.Family, ArtifactKind.Pet,
        ArtifactKind.Interest, ArtifactKind.Preference, ArtifactKind.Travel, ArtifactKind.LifeEvent,
    ];

    public async Task<IReadOnlyList<PairHistory>> LoadAsync(Guid tenantId, IReadOnlyCollection<Guid> ownerIds, CancellationToken ct,
        IReadOnlyCollection<long>? contactIds = null)
    {
        var owners = ownerIds.ToList();
        var only = contactIds?.ToList();
        var contacts = db.Contacts.IgnoreQueryFilters().Where(c => c.TenantId == tenantId && owners.Contains(c.OwnerId))
            .Where(c => only == null || only.Contains(c.Id))
            // Mail to oneself is not a relationship.
            .Where(c => !db.Owners.Any(o => o.Id == c.OwnerId && o.Email == c.Email));
        var messages = await (
            from p in db.InteractionParticipants.IgnoreQueryFilters()
            join c in contacts on p.ContactId equals c.Id
            join i in db.Interactions.IgnoreQueryFilters() on p.InteractionId equals i.Id
            // Newsletters and automated mail are no part of any relationship (reports count them apart).
            where !i.IsAutomated
            where (i.Direction == Direction.Outgoing && p.Role != ParticipantRole.From)
                  || (i.Direction == Direction.Incoming && p.Role == ParticipantRole.From)
            select new { c.OwnerId, p.ContactId, i.Id, i.InternetMessageId, i.ConversationId, i.Direction, i.SentAt }).ToListAsync(ct);
        var smallTalk = (await (
            from d in db.ContactDetails.IgnoreQueryFilters()
            join c in contacts on d.ContactId equals c.Id
            join s in db.DetailSources.IgnoreQueryFilters() on d.Id equals s.DetailId
            where d.Kind != null && SmallTalkKinds.Contains(d.Kind.Value) && d.Status != DetailStatus.Dismissed
            select new { d.ContactId, s.InternetMessageId }).ToListAsync(ct))
            .Select(x => (x.ContactId, x.InternetMessageId)).ToHashSet();
        var meetings = await (
            from a in db.MeetingAttendees.IgnoreQueryFilters()
            join c in contacts on a.ContactId equals c.Id
            join m in db.Meetings.IgnoreQueryFilters() on a.MeetingId equals m.Id
            where !m.IsCancelled && a.Response != "declined"
            select new { a.ContactId, a.MeetingId, m.StartAt, m.EndAt }).ToListAsync(ct);
        var ids = await contacts.Select(c => new { c.Id, c.OwnerId }).ToListAsync(ct);

        var messagesBy = messages.DistinctBy(m => (m.ContactId, m.Id)).ToLookup(m => m.ContactId);
        var meetingsBy = meetings.DistinctBy(m => (m.ContactId, m.MeetingId)).ToLookup(m => m.ContactId);
        return
        [
            .. ids.Select(c => new PairHistory(c.OwnerId, c.Id,
                [.. messagesBy[c.Id].Select(m => new PairMessage(m.Id, m.ConversationId,
                    m.Direction == Direction.Outgoing ? Side.Owner : Side.Contact, m.SentAt, smallTalk.Contains((c.Id, m.InternetMessageId))))],
                [.. meetingsBy[c.Id].Select(m => new PairMeeting(m.StartAt, m.EndAt))]))
            .Where(h => h.Messages.Count > 0 || h.Meetings.Count > 0),
        ];
    }
}
