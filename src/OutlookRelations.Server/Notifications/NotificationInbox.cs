using System.Security.Cryptography;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Notifications;

/// <summary>What Graph posts: a batch of change notifications or of lifecycle events.</summary>
public sealed record NotificationBatch(IReadOnlyList<GraphNotification>? Value);

public sealed record GraphNotification(string? SubscriptionId, string? ClientState, string? TenantId, string? ChangeType, string? LifecycleEvent);

/// <summary>
/// Decides what each notification is worth, quickly (Graph wants an answer within 3 seconds): one
/// query for every subscription the batch names, then at most one UPDATE or enqueue per mailbox.
/// Nothing is synced here. Notifications for subscriptions we do not hold, with the wrong
/// clientState, or from another directory are dropped; many for one mailbox become one sync
/// (<see cref="SyncRequests"/>). The endpoint bounds a batch first (<see cref="NotificationLimits"/>).
/// </summary>
public sealed class NotificationInbox(RelationsDbContext db, SyncRequests syncs, IBackgroundJobClient jobs, ILogger<NotificationInbox> logger)
{
    public sealed record Outcome(int Accepted, int Ignored, int SyncsQueued);

    private const int MaxSubscriptionId = 100;

    private sealed record Known(GraphSubscription Subscription, Guid? EntraTenantId);

    public async Task<Outcome> AcceptAsync(NotificationBatch batch, CancellationToken ct)
    {
        var items = (batch.Value ?? []).OfType<GraphNotification>().ToList();
        var known = await FindAllAsync(items, ct);
        int accepted = 0, ignored = 0, queued = 0;
        var requested = new HashSet<Guid>();
        foreach (var notification in items)
        {
            var subscription = Trusted(notification, known);
            if (subscription is null)
            {
                ignored++;
                continue;
            }
            accepted++;
            switch (notification.LifecycleEvent)
            {
                case "reauthorizationRequired":
                    jobs.Enqueue<SubscriptionJobs>(j => j.ReauthorizeAsync(subscription.Id, CancellationToken.None));
                    break;
                case "subscriptionRemoved":
                    jobs.Enqueue<SubscriptionJobs>(j => j.ResubscribeAsync(subscription.Id, CancellationToken.None));
                    break;
                case null or "missed": // missed: some notifications were dropped, and delta catches up on all of them
                    if (requested.Add(subscription.OwnerId) && await syncs.RequestAsync(subscription.OwnerId, ct)) queued++;
                    break;
                default:
                    logger.LogInformation("Ignoring lifecycle event {Event} for subscription {Id}", notification.LifecycleEvent, subscription.Id);
                    break;
            }
        }
        if (ignored > 0) logger.LogWarning("Ignored {Count} notifications for unknown subscriptions, with a wrong clientState, or from another directory", ignored);
        return new Outcome(accepted, ignored, queued);
    }

    // One round trip for the whole batch, however many items name however many subscriptions.
    private async Task<Dictionary<string, Known>> FindAllAsync(IEnumerable<GraphNotification> items, CancellationToken ct)
    {
        var ids = items.Select(n => n.SubscriptionId).OfType<string>().Where(id => id.Length is > 0 and <= MaxSubscriptionId)
            .Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0) return [];
        var found = await db.GraphSubscriptions.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Join(db.Tenants, s => s.TenantId, t => t.Id, (s, t) => new { Subscription = s, t.EntraTenantId })
            .ToListAsync(ct);
        return found.ToDictionary(f => f.Subscription.Id, f => new Known(f.Subscription, f.EntraTenantId), StringComparer.Ordinal);
    }

    private static GraphSubscription? Trusted(GraphNotification notification, Dictionary<string, Known> known)
    {
        if (notification.SubscriptionId is not { } id || notification.ClientState is null || !known.TryGetValue(id, out var found)) return null;
        if (!CryptographicOperations.FixedTimeEquals(found.Subscription.ClientStateHash, MailboxSubscriptions.Hash(notification.ClientState))) return null;
        if (found.EntraTenantId is { } directory && !Guid.TryParse(notification.TenantId, out var sent) | sent != directory) return null;
        return found.Subscription;
    }
}
