using Hangfire;
using Microsoft.Extensions.Options;
using OutlookRelations.Server.GraphAccess;

namespace OutlookRelations.Server.Sync;

/// <summary>The one place sync jobs are registered: a recurring job per mailbox, on demand, and re-derivation after an engine upgrade.</summary>
public sealed class SyncScheduler(IRecurringJobManager recurring, IBackgroundJobClient jobs, IOptions<GraphOptions> options)
{
    public static string RecurringId(Guid ownerId) => $"sync-mailbox-{ownerId}";

    public void Schedule(Guid ownerId) =>
        recurring.AddOrUpdate<SyncMailboxJob>(RecurringId(ownerId), job => job.RunAsync(ownerId, CancellationToken.None), options.Value.SyncCron);

    public string SyncNow(Guid ownerId) => jobs.Enqueue<SyncMailboxJob>(job => job.RunAsync(ownerId, CancellationToken.None));

    public string Rederive(Guid ownerId) => jobs.Enqueue<RederiveMailboxJob>(job => job.RunAsync(ownerId, CancellationToken.None));
}
