using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Jobs;

namespace OutlookRelations.Server.Reports;

/// <summary>
/// Two chores: at start, reports whose build job was lost (in-process job storage does not survive
/// a restart) are handed to Hangfire again, so none stays "running" forever; and, as a recurring
/// job, expired reports are deleted with their files.
/// </summary>
public sealed class ReportHousekeeping(RelationsDbContext db, ReportQueue queue, JobStorage storage, TimeProvider time, ILogger<ReportHousekeeping> logger)
{
    public const string ExpiryJobId = "expire-reports";
    private static readonly HashSet<string> LiveStates =
        [EnqueuedState.StateName, ProcessingState.StateName, ScheduledState.StateName, AwaitingState.StateName];

    /// <summary>
    /// How long a report may wait between its row being stored and its job id being recorded
    /// (<see cref="ReportQueue"/> does the two one after the other): another instance starting in
    /// between must not take it for lost and build it a second time.
    /// </summary>
    public static readonly TimeSpan EnqueueGrace = TimeSpan.FromMinutes(2);

    public async Task<int> RequeueLostAsync(CancellationToken ct)
    {
        var open = await db.Reports.IgnoreQueryFilters()
            .Where(r => r.Status == ReportStatus.Queued || r.Status == ReportStatus.Running).ToListAsync(ct);
        using var connection = storage.GetConnection();
        var requeued = 0;
        var now = time.GetUtcNow();
        foreach (var report in open)
        {
            if (report.HangfireJobId is null && now - report.UpdatedAt < EnqueueGrace) continue;
            var state = report.HangfireJobId is null ? null : connection.GetStateData(report.HangfireJobId)?.Name;
            if (await RequeueIfLostAsync(report, state, ct)) requeued++;
        }
        return requeued;
    }

    /// <summary>
    /// Hands a report whose job is not live to Hangfire again, unless the report moved on since it
    /// was read. Its job may have finished between the two reads (another instance ran it): a job
    /// records the report's outcome before Hangfire marks it done, so the row read after the job's
    /// state tells the truth, and the report is not built a second time.
    /// </summary>
    internal async Task<bool> RequeueIfLostAsync(Report report, string? state, CancellationToken ct)
    {
        if (state is not null && LiveStates.Contains(state)) return false;
        var jobId = report.HangfireJobId;
        await db.Entry(report).ReloadAsync(ct);
        if (report.Status is not (ReportStatus.Queued or ReportStatus.Running) || report.HangfireJobId != jobId) return false;
        logger.LogWarning("Report {Report} lost its build job (state {State}); enqueuing it again", report.Id, state ?? "unknown");
        report.Status = ReportStatus.Queued;
        report.Step = "Restarted after the server restarted";
        await queue.HandToHangfireAsync(report, ct);
        return true;
    }

    [Queue(JobQueues.Housekeeping)]
    [AutomaticRetry(Attempts = 1)]
    public async Task ExpireAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var removed = await db.Reports.IgnoreQueryFilters().Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(ct);
        if (removed > 0) logger.LogInformation("Deleted {Count} expired reports", removed);
    }
}

/// <summary>Runs the start-up chore: reports whose job was lost go back to the queue (the expiry job is in RecurringJobs).</summary>
public sealed class ReportHousekeepingService(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReportHousekeeping>().RequeueLostAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
