using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;

namespace OutlookRelations.Server.DataControls;

/// <summary>
/// Background jobs carry mailbox ids in their arguments (never addresses or content). Erasing a
/// mailbox deletes every job that names it, finished or waiting, and expires its record at once,
/// so the job store's next sweep removes it.
/// </summary>
public sealed class JobPayloads(JobStorage storage, IBackgroundJobClient jobs)
{
    private const int Page = 500;

    public int Forget(Guid ownerId)
    {
        var monitoring = storage.GetMonitoringApi();
        var found = new List<(string Id, Job? Job)>();
        foreach (var queue in monitoring.Queues())
            found.AddRange(Paged(monitoring.EnqueuedCount(queue.Name), from => monitoring.EnqueuedJobs(queue.Name, from, Page).Select(j => (j.Key, (Job?)j.Value.Job))));
        found.AddRange(Paged(monitoring.ScheduledCount(), from => monitoring.ScheduledJobs(from, Page).Select(j => (j.Key, (Job?)j.Value.Job))));
        found.AddRange(Paged(monitoring.SucceededListCount(), from => monitoring.SucceededJobs(from, Page).Select(j => (j.Key, (Job?)j.Value.Job))));
        found.AddRange(Paged(monitoring.FailedCount(), from => monitoring.FailedJobs(from, Page).Select(j => (j.Key, (Job?)j.Value.Job))));
        found.AddRange(Paged(monitoring.DeletedListCount(), from => monitoring.DeletedJobs(from, Page).Select(j => (j.Key, (Job?)j.Value.Job))));

        var mine = found.Where(j => j.Job?.Args.Any(a => a is Guid id && id == ownerId || a?.ToString() == ownerId.ToString()) == true)
            .Select(j => j.Id).Distinct().ToList();
        using var connection = storage.GetConnection();
        foreach (var id in mine)
        {
            jobs.Delete(id);
            using var transaction = connection.CreateWriteTransaction();
            transaction.ExpireJob(id, TimeSpan.Zero);
            transaction.Commit();
        }
        return mine.Count;
    }

    private static IEnumerable<T> Paged<T>(long count, Func<int, IEnumerable<T>> page)
    {
        for (var from = 0; from < count; from += Page)
            foreach (var item in page(from)) yield return item;
    }
}
