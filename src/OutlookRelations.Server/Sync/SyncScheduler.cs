using Hangfire;
using Microsoft.Extensions.Options;
using OutlookRelations.Server.Mailboxes;
using OutlookRelations.Server.GraphAccess;

namespace OutlookRelations.Server.Sync;

/// <summary>The one place sync jobs are registered: a recurring job per mailbox, and on demand.</summary>
public sealed class SyncScheduler(IRecurringJobManager recurring, IBackgroundJobClient jobs, IOptions<GraphOptions> options)
{
    public static string RecurringId(Guid ownerId) => MailboxJobIds.Sync(ownerId);

    public void Schedule(Guid ownerId) =>
        recurring.AddOrUpdate<SyncMailboxJob>(RecurringId(ownerId), job => job.RunAsync(ownerId, CancellationToken.None), options.Value.SyncCron);

    public string SyncNow(Guid ownerId) => jobs.Enqueue<SyncMailboxJob>(job => job.RunAsync(ownerId, CancellationToken.None));
}
