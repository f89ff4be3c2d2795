using Hangfire;
using Microsoft.Extensions.Options;
using OutlookRelations.Server.Jobs;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// The Hangfire job: a mailbox id in, a sync out. A lease on the mailbox (<see cref="MailboxLease"/>)
/// keeps one sync per mailbox at a time across workers and instances. A run that finds the mailbox
/// leased does not just end: the holder may be an instance that died mid-sync, so it comes back
/// later (Jobs:LockRetryDelay) and carries on from the saved delta cursor once the lease has run out.
/// </summary>
public sealed class SyncMailboxJob(
    MailboxSync sync, MailboxLease leases, IBackgroundJobClient jobs, IOptions<JobsOptions> options, ILogger<SyncMailboxJob> logger)
{
    [Queue(JobQueues.Sync)]
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        await using var lease = await leases.TryAcquireAsync(ownerId, cancellationToken);
        if (lease is null)
        {
            var delay = options.Value.LockRetryDelay;
            logger.LogInformation("Mailbox {Owner} is syncing elsewhere; trying again in {Delay}", ownerId, delay);
            jobs.Schedule<SyncMailboxJob>(job => job.RunAsync(ownerId, CancellationToken.None), delay);
            return;
        }
        using var stopped = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
        // The sync's hooks clear the mailbox's pending change notification before reading (Notifications' SubscriptionHook).
        await sync.SyncAsync(ownerId, stopped.Token);
    }
}
