using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Engagement;

/// <summary>
/// Keeps <see cref="RelationshipFacts"/> current: recomputed for exactly the contacts a sync page
/// (or a dismissed detail) touched, from their stored rows, inside the same transaction.
/// </summary>
public sealed class EngagementFacts(RelationsDbContext db, PairHistories histories)
{
    /// <summary>All of time, as seen from beyond its end: nothing is cut off, nothing is "before now".</summary>
    private static readonly ReportPeriod AllTime = new(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, TimeZoneInfo.Utc);

    public static RelationshipMetrics AllTimeMetrics(PairHistory history) =>
        RelationshipMetrics.Compute(history, AllTime, DateTimeOffset.MaxValue);

    public async Task RecomputeAsync(IReadOnlyCollection<long> contactIds, CancellationToken ct)
    {
        if (contactIds.Count == 0 || !db.Scope.IsSet) return;
        var (tenantId, ownerId) = (db.Scope.TenantId, db.Scope.OwnerId);
        var ids = contactIds.ToList();
        var loaded = (await histories.LoadAsync(tenantId, [ownerId], ct, ids)).ToDictionary(h => h.ContactId);
        var stored = await db.RelationshipFacts.Where(f => ids.Contains(f.ContactId)).ToDictionaryAsync(f => f.ContactId, ct);
        foreach (var contactId in ids)
        {
            stored.TryGetValue(contactId, out var facts);
            if (!loaded.TryGetValue(contactId, out var history))
            {
                if (facts is not null) db.RelationshipFacts.Remove(facts);
                continue;
            }
            if (facts is null)
            {
                facts = new RelationshipFacts { TenantId = tenantId, OwnerId = ownerId, ContactId = contactId };
                db.RelationshipFacts.Add(facts);
            }
            Copy(AllTimeMetrics(history), facts);
        }
    }

    private static void Copy(RelationshipMetrics m, RelationshipFacts f)
    {
        f.Sent = m.Sent;
        f.Received = m.Received;
        f.ThreadsStartedByOwner = m.ThreadsStartedByOwner;
        f.ThreadsStartedByContact = m.ThreadsStartedByContact;
        f.ContactTurns = m.ContactTurns;
        f.ContactTurnsAnswered = m.ContactTurnsAnswered;
        f.OwnerTurns = m.OwnerTurns;
        f.OwnerTurnsAnswered = m.OwnerTurnsAnswered;
        f.OwnerMedianResponseHours = m.OwnerMedianResponseHours;
        f.ContactMedianResponseHours = m.ContactMedianResponseHours;
        f.Meetings = m.Meetings;
        f.MeetingHours = m.MeetingHours;
        f.LastTwoWayAt = m.LastTwoWayAt;
        f.SmallTalkMessages = m.SmallTalkMessages;
        f.ReEngagements = m.ReEngagements;
    }
}
