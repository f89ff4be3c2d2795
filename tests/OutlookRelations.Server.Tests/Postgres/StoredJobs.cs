using Hangfire;
using Hangfire.Storage.Monitoring;

namespace OutlookRelations.Server.Tests.Postgres;

/// <summary>Every job Hangfire's shared storage holds, read back to check what ran and how often.</summary>
public static class StoredJobs
{
    public sealed record StoredJob(string Id, Hangfire.Common.Job? Job, string? RecurringId, string? Time, string? State, int TimesProcessed)
    {
        public bool Finished => State == Hangfire.States.SucceededState.StateName || State == Hangfire.States.FailedState.StateName || State == Hangfire.States.DeletedState.StateName;
    }

    public static List<StoredJob> All(JobStorage storage)
    {
        var monitoring = storage.GetMonitoringApi();
        using var connection = storage.GetConnection();
        var ids = monitoring.SucceededJobs(0, 10_000).Select(j => j.Key)
            .Concat(monitoring.ProcessingJobs(0, 10_000).Select(j => j.Key))
            .Concat(QueuedJobs.All(monitoring).Select(j => j.Key))
            .Concat(monitoring.ScheduledJobs(0, 10_000).Select(j => j.Key))
            .Concat(monitoring.FailedJobs(0, 10_000).Select(j => j.Key))
            .Distinct();
        return [.. ids.Select(id =>
        {
            var details = monitoring.JobDetails(id);
            return new StoredJob(id, details?.Job, connection.GetJobParameter(id, "RecurringJobId")?.Trim('"'),
                connection.GetJobParameter(id, "Time"), connection.GetStateData(id)?.Name, details?.History.Count(IsProcessing) ?? 0);
        })];
    }

    private static bool IsProcessing(StateHistoryDto state) => state.StateName == Hangfire.States.ProcessingState.StateName;
}
