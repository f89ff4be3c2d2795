using System.Text.Json;
using Hangfire;
using Hangfire.Server;
using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Conventions;
using OutlookRelations.Server.Reports.Workbook;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Jobs;

namespace OutlookRelations.Server.Reports;

/// <summary>
/// The Hangfire job that builds one report: measures, writes the workbook, stores it with the row.
/// A failure is retried; when the last attempt fails the report says so, with the reason.
/// </summary>
public sealed class BuildReportJob(RelationsDbContext db, ReportAudience audiences, ReportCalculator calculator, Stories.PackStories stories, TimeProvider time, ReportMetrics metrics, ILogger<BuildReportJob> logger)
{
    public const int Retries = 2;

    [Queue(JobQueues.Reports)]
    [AutomaticRetry(Attempts = Retries, DelaysInSeconds = [10, 60], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public Task RunAsync(Guid reportId, Guid tenantId, Guid requesterId, PerformContext? context, CancellationToken ct) =>
        RunAttemptAsync(reportId, tenantId, requesterId, context?.GetJobParameter<int>("RetryCount") ?? 0, ct, context?.BackgroundJob.Id);

    /// <param name="attempt">0 for the first run; Hangfire's retry count after that. The last is <see cref="Retries"/>.</param>
    /// <param name="jobId">The Hangfire job running this; null when called directly.</param>
    public async Task RunAttemptAsync(Guid reportId, Guid tenantId, Guid requesterId, int attempt, CancellationToken ct, string? jobId = null)
    {
        db.Scope.Enter(tenantId, requesterId);
        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == reportId, ct);
        // Erased, expired or already finished (a duplicate run after a restart): nothing to do.
        if (report is null || report.Status is ReportStatus.Succeeded or ReportStatus.Failed) return;
        // The report was handed to another job since this one was queued (the start-up chore judged
        // this one lost): that job builds it, so a report is built once however many instances look.
        if (jobId is not null && report.HangfireJobId is { } owner && owner != jobId)
        {
            logger.LogInformation("Report {Report} belongs to job {Owner}; job {Job} leaves it", reportId, owner, jobId);
            return;
        }
        // Asked for with one role, built days later (a weekly schedule, a queue after a restart): the
        // requester must still hold what the scope needs now. Retrying would not change the answer.
        var refusal = !StrictEnum.TryParse<ReportScope>(report.Scope, out var scope)
            ? $"'{report.Scope}' is not a report scope."
            : await audiences.RefusalWhenBuiltAsync(scope, tenantId, requesterId, ct);
        var started = time.GetTimestamp();
        if (refusal is not null)
        {
            metrics.Built(report.Scope, "refused", time.GetElapsedTime(started));
            logger.LogWarning("Report {Report} is not built: {Reason}", reportId, refusal);
            report.Error = $"Not built: {refusal}";
            await ProgressAsync(report, report.Progress, "Refused", ReportStatus.Failed, ct);
            return;
        }
        try
        {
            await ProgressAsync(report, 1, "Starting", ReportStatus.Running, ct);
            var spec = new ReportSpec(scope, new Engagement.ReportPeriod(report.From, report.To, TimeZoneInfo.FindSystemTimeZoneById(report.TimeZone)));
            var audience = await audiences.ResolveAsync(spec.Scope, tenantId, requesterId, ct);
            // Recorded before any figure is written, so erasing one of these mailboxes finds this report.
            report.CoveredOwners = string.Concat(audience.Owners.Select(o => ReportQueue.CoverageMarker(o.Id)));
            var data = await calculator.CalculateAsync(spec, audience, tenantId, requesterId, (p, step) => ProgressAsync(report, p, step, ReportStatus.Running, ct), ct);
            // Recorded (and saved) before the workbook is written, so withdrawing one of these stories finds this report;
            // a story withdrawn while the figures were measured found no marker, and is left out here instead.
            report.SharedStories = string.Concat(data.Stories.Select(s => Stories.StoryStore.Marker(s.StoryId)));
            await ProgressAsync(report, 70, "Writing the workbook", ReportStatus.Running, ct);
            var stillShared = await stories.StillSharedAsync([.. data.Stories.Select(s => s.StoryId)], ct);
            data = data with { Stories = [.. data.Stories.Where(s => stillShared.Contains(s.StoryId))] };
            report.Content = EngagementWorkbook.Build(data);
            report.HeadlineJson = JsonSerializer.Serialize(data.Headline(), JsonSerializerOptions.Web);
            report.FileName = FileName(spec, audience.Title, report.To, report.TimeZone);
            report.FinishedAt = time.GetUtcNow();
            await ProgressAsync(report, 100, "Done", ReportStatus.Succeeded, ct);
            metrics.Built(report.Scope, "succeeded", time.GetElapsedTime(started));
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            metrics.Built(report.Scope, "failed", time.GetElapsedTime(started));
            logger.LogError(e, "Report {Report} failed (attempt {Attempt} of {Attempts})", reportId, attempt + 1, Retries + 1);
            db.ChangeTracker.Clear();
            var fresh = await db.Reports.SingleOrDefaultAsync(r => r.Id == reportId, CancellationToken.None);
            if (fresh is not null)
            {
                var final = attempt >= Retries;
                fresh.Error = final ? $"The report could not be built: {e.Message}" : $"Attempt {attempt + 1} failed ({e.Message}); retrying.";
                await ProgressAsync(fresh, fresh.Progress, final ? "Failed" : "Waiting to retry", final ? ReportStatus.Failed : ReportStatus.Queued, CancellationToken.None);
            }
            throw;
        }
    }

    private async Task ProgressAsync(Report report, int percent, string step, ReportStatus status, CancellationToken ct)
    {
        report.Progress = Math.Clamp(percent, 0, 100);
        report.Step = step;
        report.Status = status;
        report.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>e.g. "OutlookRelations team report - Nestor Wilke's team - to 2026-11-22.xlsx", safe on every file system.</summary>
    public static string FileName(ReportSpec spec, string title, DateTimeOffset to, string zone)
    {
        var last = TimeZoneInfo.ConvertTime(to.AddTicks(-1), TimeZoneInfo.FindSystemTimeZoneById(zone)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var safeTitle = new string([.. title.Select(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '\'' ? c : '-')]).Trim();
        if (safeTitle.Length > 60) safeTitle = safeTitle[..60];
        return $"OutlookRelations {ReportSpec.Name(spec.Scope)} report - {safeTitle} - to {last}.xlsx";
    }
}
