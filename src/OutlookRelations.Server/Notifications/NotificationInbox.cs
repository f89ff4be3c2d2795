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
/// indexed lookup and at most one UPDATE or enqueue per mailbox. Nothing is synced here.
/// Notifications for subscriptions we do not hold, with the wrong clientState, or from another
/// directory are dropped; many for one mailbox become one sync (<see cref="SyncRequests"/>).
/// </summary>
public sealed class NotificationInbox(RelationsDbContext db, SyncRequests syncs, IBackgroundJobClient jobs, ILogger<NotificationInbox> logger)
{
    public sealed record Outcome(int Accepted, int Ignored, int SyncsQueued);

    public async Task<Outcome> AcceptAsync(NotificationBatch batch, CancellationToken ct)
    {
        int accepted = 0, ignored = 0, queued = 0;
        var requested = new HashSet<Guid>();
        foreach (var notification in batch.Value ?? [])
        {
            var subscription = await FindTrustedAsync(notification, ct);
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

    private async Task<GraphSubscription?> FindTrustedAsync(GraphNotification notification, CancellationToken ct)
    {
        if (notification.SubscriptionId is not { Length: > 0 and <= 100 } id || notification.ClientState is null) return null;
        var found = await db.GraphSubscriptions.AsNoTracking().Where(s => s.Id == id)
            .Join(db.Tenants, s => s.TenantId, t => t.Id, (s, t) => new { Subscription = s, t.EntraTenantId })
            .SingleOrDefaultAsync(ct);
        if (found is null) return null;
        if (!CryptographicOperations.FixedTimeEquals(found.Subscription.ClientStateHash, MailboxSubscriptions.Hash(notification.ClientState))) return null;
        if (found.EntraTenantId is { } directory && !Guid.TryParse(notification.TenantId, out var sent) | sent != directory) return null;
        return found.Subscription;
    }
}
