using Hangfire;
using Hangfire.Storage;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// The Hangfire job: a mailbox id in, a sync out. A distributed lock keyed by mailbox keeps one
/// sync per mailbox at a time across workers (and, with shared storage, across instances); a run
/// that finds the lock taken has nothing to do, since the running one will catch up.
/// </summary>
public sealed class SyncMailboxJob(MailboxSync sync, JobStorage storage, ILogger<SyncMailboxJob> logger)
{
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        using var connection = storage.GetConnection();
        IDisposable mailboxLock;
        try
        {
            mailboxLock = connection.AcquireDistributedLock($"sync-mailbox:{ownerId}", TimeSpan.Zero);
        }
        catch (DistributedLockTimeoutException)
        {
            logger.LogInformation("Mailbox {Owner} is already syncing elsewhere; skipping this run", ownerId);
            return;
        }
        using (mailboxLock) await sync.SyncAsync(ownerId, cancellationToken);
    }
}
