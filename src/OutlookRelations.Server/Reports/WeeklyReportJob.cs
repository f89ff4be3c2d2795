using Hangfire;
using OutlookRelations.Server.Jobs;
using OutlookRelations.Server.Mailboxes;

namespace OutlookRelations.Server.Reports;

/// <summary>A manager's weekly report: the previous 7 days, queued like any other report.</summary>
public sealed class WeeklyReportJob(ReportQueue queue, ReportAudience audience, TimeProvider time, OutlookRelations.Server.Storage.RelationsDbContext db, ILogger<WeeklyReportJob> logger)
{
    public static string RecurringId(Guid ownerId) => MailboxJobIds.WeeklyReport(ownerId);

    /// <summary>The scope a stored recurring job was scheduled for: its third argument.</summary>
    public static string? ScopeOf(Hangfire.Common.Job job) => job.Args.Count > 2 ? job.Args[2] as string : null;

    [Queue(JobQueues.Reports)]
    [AutomaticRetry(Attempts = 1)]
    public async Task RunAsync(Guid tenantId, Guid ownerId, string scope, string timeZone, CancellationToken ct)
    {
        db.Scope.Enter(tenantId, ownerId);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        var (spec, errors) = ReportSpec.From(new ReportRequest(scope, today.AddDays(-7), today.AddDays(-1), timeZone), time.GetUtcNow());
        if (spec is null) throw new InvalidOperationException(string.Join(" ", errors.SelectMany(e => e.Value)));
        // The schedule was allowed for the role its owner had then; this week's report needs it now.
        // Skipped, not thrown: a retry would not change the answer, and the owner sees why in their list.
        if (await audience.RefusalWhenBuiltAsync(spec.Scope, tenantId, ownerId, ct) is { } refusal)
        {
            logger.LogWarning("Weekly {Scope} report of owner {Owner} skipped: {Reason}", scope, ownerId, refusal);
            await queue.RecordSkippedAsync(tenantId, ownerId, spec, refusal, ct);
            return;
        }
        await queue.EnqueueAsync(tenantId, ownerId, spec, scheduled: true, ct);
    }
}
