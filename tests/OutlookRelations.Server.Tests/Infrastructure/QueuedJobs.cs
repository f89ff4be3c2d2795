using Hangfire;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;

namespace OutlookRelations.Server.Tests.Infrastructure;

/// <summary>
/// The jobs waiting in every queue of a job store. Jobs go to their own queues (sync, reports,
/// housekeeping), so reading one queue by name would see none of the others and a test that
/// expects "nothing queued" would pass for the wrong reason.
/// </summary>
public static class QueuedJobs
{
    public static IEnumerable<KeyValuePair<string, EnqueuedJobDto>> All(IMonitoringApi monitoring) =>
        monitoring.Queues().SelectMany(q => monitoring.EnqueuedJobs(q.Name, 0, 10_000));

    public static IEnumerable<Hangfire.Common.Job> Jobs(JobStorage storage) => All(storage.GetMonitoringApi()).Select(j => j.Value.Job);
}
