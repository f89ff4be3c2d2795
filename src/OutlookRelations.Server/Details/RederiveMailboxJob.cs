using Hangfire;
using OutlookRelations.Server.Jobs;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Details;

/// <summary>
/// The Hangfire job: a mailbox id in, its details derived again by the current memory engine out.
/// It holds the mailbox's sync lease (<see cref="MailboxLease"/>), so it never writes details beside a
/// sync. A run that finds the lease taken ends: the next sync queues it again while the mailbox is behind.
/// </summary>
public sealed class RederiveMailboxJob(MailRederivation rederivation, MailboxLease leases, ILogger<RederiveMailboxJob> logger)
{
    [Queue(JobQueues.Sync)]
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        await using var lease = await leases.TryAcquireAsync(ownerId, cancellationToken);
        if (lease is null)
        {
            logger.LogInformation("Mailbox {Owner} is syncing; its details are derived again after a later sync", ownerId);
            return;
        }
        using var stopped = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
        await rederivation.RederiveAsync(ownerId, stopped.Token);
    }
}
