using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookRelations.Server.Identity;
using OutlookRelations.Server.Notifications;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Admin;

/// <summary>Whether Graph tells us of changes in the mailbox: off for the server, none held, held, or lapsed.</summary>
public enum SubscriptionState
{
    Off,
    None,
    Active,
    Expired,
}

/// <summary>
/// GET /api/admin/sync: every mailbox of the admin's tenant with its sync health, the mailboxes in
/// trouble first. Read from each mailbox's latest <see cref="SyncRound"/>, the rounds of the last day,
/// its pending change notification and its Graph subscriptions; the verdict is <see cref="SyncVerdicts"/>'.
/// </summary>
public static class SyncHealthReport
{
    /// <param name="LastOutcome">The latest round's: running, succeeded, behind (finished, yet Graph had newer mail) or failed.</param>
    /// <param name="LagSeconds">How long the newest Inbox message Graph has and we do not has waited; 0 when none; null when not known yet.</param>
    public sealed record MailboxSyncHealth(
        string Email, string DisplayName, SyncVerdict Verdict, SyncRoundOutcome? LastOutcome, DateTimeOffset? LastRoundAt,
        DateTimeOffset? LastSucceededAt, int ItemsLastDay, double? LagSeconds, int ConsecutiveFailures, string? LastError,
        SubscriptionState Subscription, DateTimeOffset? SubscriptionExpiresAt);

    public static async Task<IReadOnlyList<MailboxSyncHealth>> ReadAsync(
        CurrentUser user, RelationsDbContext db, IOptions<SyncHealthOptions> options, IOptions<NotificationOptions> notifications, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var tenant = user.TenantId;
        var owners = await db.Owners.AsNoTracking().Where(o => o.TenantId == tenant)
            .Select(o => new { o.Id, o.Email, o.DisplayName, o.SyncRequestedAt }).ToListAsync(ct);
        var rounds = db.SyncRounds.IgnoreQueryFilters().AsNoTracking().Where(r => r.TenantId == tenant);
        var latest = await rounds.Latest().ToDictionaryAsync(r => r.OwnerId, ct);
        var dayAgo = now.AddDays(-1);
        var lastDay = await rounds.Where(r => r.FinishedAt >= dayAgo).GroupBy(r => r.OwnerId)
            .Select(g => new { OwnerId = g.Key, Items = g.Sum(r => r.Items) }).ToDictionaryAsync(g => g.OwnerId, g => g.Items, ct);
        var subscriptions = (await db.GraphSubscriptions.AsNoTracking().Where(s => s.TenantId == tenant).Select(s => new { s.OwnerId, s.ExpiresAt }).ToListAsync(ct))
            .ToLookup(s => s.OwnerId, s => s.ExpiresAt);
        var notifying = notifications.Value.Enabled;

        return
        [
            .. owners.Select(o =>
            {
                var round = latest.GetValueOrDefault(o.Id);
                var expiry = subscriptions[o.Id].DefaultIfEmpty().Min();
                var state = !notifying ? SubscriptionState.Off
                    : !subscriptions[o.Id].Any() ? SubscriptionState.None
                    : expiry <= now ? SubscriptionState.Expired : SubscriptionState.Active;
                return new MailboxSyncHealth(o.Email, o.DisplayName, SyncVerdicts.Judge(round, o.SyncRequestedAt, now, options.Value.StalledAfter),
                    round?.Outcome, round?.FinishedAt ?? round?.StartedAt, round?.LastSucceededAt, lastDay.GetValueOrDefault(o.Id),
                    SyncVerdicts.Lag(round, now)?.TotalSeconds, round?.ConsecutiveFailures ?? 0, round?.ConsecutiveFailures > 0 ? round.Error : null,
                    state, subscriptions[o.Id].Any() ? expiry : null);
            })
            .OrderBy(h => h.Verdict).ThenBy(h => h.Email, StringComparer.OrdinalIgnoreCase),
        ];
    }
}
