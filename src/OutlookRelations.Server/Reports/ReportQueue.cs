using Hangfire;
using Microsoft.Extensions.Options;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Reports;

/// <summary>Creates report rows and hands them to Hangfire; the one place report jobs are enqueued.</summary>
public sealed class ReportQueue(RelationsDbContext db, IBackgroundJobClient jobs, TimeProvider time, IOptions<ReportOptions> options)
{
    public async Task<Report> EnqueueAsync(Guid tenantId, Guid requesterId, ReportSpec spec, bool scheduled, CancellationToken ct)
    {
        var report = NewReport(tenantId, requesterId, spec, scheduled);
        db.Reports.Add(report);
        await db.SaveChangesAsync(ct);
        await HandToHangfireAsync(report, ct);
        return report;
    }

    /// <summary>A scheduled report that was not built, kept (failed, with the reason) so its owner sees why.</summary>
    public async Task RecordSkippedAsync(Guid tenantId, Guid requesterId, ReportSpec spec, string reason, CancellationToken ct)
    {
        var report = NewReport(tenantId, requesterId, spec, scheduled: true);
        (report.Status, report.Step, report.Error, report.FinishedAt) = (ReportStatus.Failed, "Skipped", $"Not built: {reason}", report.CreatedAt);
        db.Reports.Add(report);
        await db.SaveChangesAsync(ct);
    }

    private Report NewReport(Guid tenantId, Guid requesterId, ReportSpec spec, bool scheduled)
    {
        var now = time.GetUtcNow();
        return new Report
        {
            Id = Guid.NewGuid(), TenantId = tenantId, OwnerId = requesterId,
            Scope = ReportSpec.Name(spec.Scope), From = spec.Period.From, To = spec.Period.To, TimeZone = spec.Period.Zone.Id,
            Status = ReportStatus.Queued, Scheduled = scheduled, CreatedAt = now, UpdatedAt = now, ExpiresAt = now + options.Value.KeepFor,
        };
    }

    public static string CoverageMarker(Guid ownerId) => $"[{ownerId:N}]";

    /// <summary>(Re-)enqueues the build of a stored report and remembers the job id.</summary>
    public async Task HandToHangfireAsync(Report report, CancellationToken ct)
    {
        var (id, tenant, owner) = (report.Id, report.TenantId, report.OwnerId);
        report.HangfireJobId = jobs.Enqueue<BuildReportJob>(job => job.RunAsync(id, tenant, owner, null, CancellationToken.None));
        await db.SaveChangesAsync(ct);
    }
}
