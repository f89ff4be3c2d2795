using Hangfire;
using Hangfire.Storage;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// The Hangfire job: a mailbox id in, a sync out. A distributed lock keyed by mailbox keeps one
/// sync per mailbox at a time across workers and instances. A run that finds the lock taken does
/// not just end: the holder may be an instance that stopped mid-sync, so it comes back later
/// (Jobs:LockRetryDelay) and carries on from the saved delta cursor.
/// </summary>
public sealed class SyncMailboxJob(MailboxSync sync, JobStorage storage, IBackgroundJobClient jobs, IConfiguration configuration, ILogger<SyncMailboxJob> logger)
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
            var delay = configuration.GetValue("Jobs:LockRetryDelay", TimeSpan.FromMinutes(1));
            logger.LogInformation("Mailbox {Owner} is syncing elsewhere; trying again in {Delay}", ownerId, delay);
            jobs.Schedule<SyncMailboxJob>(job => job.RunAsync(ownerId, CancellationToken.None), delay);
            return;
        }
        using (mailboxLock) await sync.SyncAsync(ownerId, cancellationToken);
    }
}
