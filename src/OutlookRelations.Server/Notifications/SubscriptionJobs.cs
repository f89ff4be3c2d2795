using Hangfire;
using OutlookRelations.Server.Jobs;

namespace OutlookRelations.Server.Notifications;

/// <summary>The background work around subscriptions: the recurring renewal, and answers to lifecycle events.</summary>
public sealed class SubscriptionJobs(MailboxSubscriptions subscriptions, SyncRequests syncs, ILogger<SubscriptionJobs> logger)
{
    public const string RenewalId = "graph-subscriptions-renew";

    [Queue(JobQueues.Housekeeping)]
    [AutomaticRetry(Attempts = 2)]
    public async Task RenewDueAsync(CancellationToken ct)
    {
        var lost = await subscriptions.RenewDueAsync(ct);
        foreach (var owner in lost.Distinct()) await syncs.RequestAsync(owner, ct);
        if (lost.Count > 0) logger.LogInformation("{Count} subscriptions were gone at Graph; their mailboxes sync and subscribe again", lost.Count);
    }

    /// <summary>reauthorizationRequired: renewing the subscription reauthorizes it.</summary>
    [Queue(JobQueues.Housekeeping)]
    [AutomaticRetry(Attempts = 3)]
    public async Task ReauthorizeAsync(string subscriptionId, CancellationToken ct)
    {
        if (await subscriptions.RenewAsync(subscriptionId, ct) is { } owner) await syncs.RequestAsync(owner, ct);
    }

    /// <summary>subscriptionRemoved: forget it, and sync, which subscribes again and catches up on what was not notified.</summary>
    [Queue(JobQueues.Housekeeping)]
    [AutomaticRetry(Attempts = 3)]
    public async Task ResubscribeAsync(string subscriptionId, CancellationToken ct)
    {
        if (await subscriptions.ForgetAsync(subscriptionId, ct) is { } owner) await syncs.RequestAsync(owner, ct);
    }
}
