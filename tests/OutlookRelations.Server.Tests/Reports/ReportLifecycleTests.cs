using Hangfire;
using OutlookRelations.Server.Reports;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Reports;

/// <summary>What happens to reports beyond the happy path: failure, restart, expiry, weekly schedules.</summary>
[Collection(nameof(ReportsCollection))]
public sealed class ReportLifecycleTests(ReportsFixture reports)
{
    private async Task<Report> StoreReportAsync(RelationsApp app, string owner, Action<Report> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        var me = await db.Owners.SingleAsync(o => o.Email == owner);
        var now = TestClock.Origin;
        var report = new Report
        {
            Id = Guid.NewGuid(), TenantId = me.TenantId, OwnerId = me.Id, Scope = "me", From = now.AddDays(-30), To = now,
            TimeZone = "UTC", Status = ReportStatus.Queued, CreatedAt = now, UpdatedAt = now, ExpiresAt = now.AddDays(7),
        };
        change(report);
        db.Reports.Add(report);
        await db.SaveChangesAsync();
        return report;
    }

    [Fact]
    public async Task A_job_that_keeps_failing_is_retried_then_the_report_says_failed_with_the_reason()
    {
        var report = await StoreReportAsync(reports.App, ReportsFixture.Ana, r => r.TimeZone = "Mars/Olympus_Mons");
        async Task RunAttempt(int attempt)
        {
            await using var scope = reports.App.Services.CreateAsyncScope();
            var job = scope.ServiceProvider.GetRequiredService<BuildReportJob>();
            await Assert.ThrowsAnyAsync<Exception>(() => job.RunAttemptAsync(report.Id, report.TenantId, report.OwnerId, attempt, CancellationToken.None));
        }
        using var ana = reports.App.ClientAs(ReportsFixture.Ana);

        await RunAttempt(0);
        var retrying = await ana.GetFromJsonAsync<JsonElement>($"/api/reports/{report.Id}");
        await RunAttempt(BuildReportJob.Retries);
        var failed = await ana.GetFromJsonAsync<JsonElement>($"/api/reports/{report.Id}");

        Assert.Equal("queued", retrying.GetProperty("status").GetString());
        Assert.Contains("retrying", retrying.GetProperty("error").GetString());
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Contains("Mars/Olympus_Mons", failed.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await ana.GetAsync($"/api/reports/{report.Id}/file")).StatusCode);
    }

    [Fact]
    public async Task A_report_left_running_by_a_server_that_stopped_is_finished_by_the_next_one()
    {
        // The first server "died" mid-build: its in-memory job is gone, the row still says running.
        var report = await StoreReportAsync(reports.App, ReportsFixture.Bo, r => { r.Status = ReportStatus.Running; r.Progress = 40; r.HangfireJobId = "lost-with-the-old-process"; });

        await using var restarted = reports.Start(reports.DatabasePath);
        using var bo = restarted.ClientAs(ReportsFixture.Bo);
        var finished = await reports.WaitForAsync(bo, report.Id);

        Assert.Equal("succeeded", finished.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_second_job_for_a_report_another_job_owns_leaves_it_to_that_job()
    {
        var report = await StoreReportAsync(reports.App, ReportsFixture.Ana, r => r.HangfireJobId = "the-job-it-was-given");
        async Task<Report> RunAs(string jobId)
        {
            await using (var scope = reports.App.Services.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<BuildReportJob>().RunAttemptAsync(report.Id, report.TenantId, report.OwnerId, 0, CancellationToken.None, jobId);
            await using var read = reports.App.Services.CreateAsyncScope();
            return await read.ServiceProvider.GetRequiredService<RelationsDbContext>().Reports.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == report.Id);
        }

        var afterDuplicate = await RunAs("a-duplicate");
        var afterOwner = await RunAs("the-job-it-was-given");

        Assert.Equal(ReportStatus.Queued, afterDuplicate.Status);
        Assert.Null(afterDuplicate.Content);
        Assert.Equal(ReportStatus.Succeeded, afterOwner.Status);
        Assert.NotNull(afterOwner.Content);
    }

    [Fact]
    public async Task A_report_whose_job_finished_after_it_was_read_is_not_built_again()
    {
        var report = await StoreReportAsync(reports.App, ReportsFixture.Ana, r => { r.Status = ReportStatus.Running; r.HangfireJobId = "finished-elsewhere"; });
        await using var chore = reports.App.Services.CreateAsyncScope();
        var db = chore.ServiceProvider.GetRequiredService<RelationsDbContext>();
        var stale = await db.Reports.IgnoreQueryFilters().SingleAsync(r => r.Id == report.Id);
        // Meanwhile another instance's job builds it and records the outcome; then Hangfire says "Succeeded".
        await using (var other = reports.App.Services.CreateAsyncScope())
        {
            var row = await other.ServiceProvider.GetRequiredService<RelationsDbContext>().Reports.IgnoreQueryFilters().SingleAsync(r => r.Id == report.Id);
            row.Status = ReportStatus.Succeeded;
            await other.ServiceProvider.GetRequiredService<RelationsDbContext>().SaveChangesAsync();
        }

        var requeued = await chore.ServiceProvider.GetRequiredService<ReportHousekeeping>().RequeueIfLostAsync(stale, "Succeeded", CancellationToken.None);

        Assert.False(requeued);
        await using var read = reports.App.Services.CreateAsyncScope();
        var now = await read.ServiceProvider.GetRequiredService<RelationsDbContext>().Reports.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == report.Id);
        Assert.Equal((ReportStatus.Succeeded, "finished-elsewhere"), (now.Status, now.HangfireJobId));
    }

    [Fact]
    public async Task A_report_whose_job_id_is_still_being_recorded_is_not_taken_for_lost()
    {
        // Stored by another instance a moment ago; its job id is on the way.
        var fresh = await StoreReportAsync(reports.App, ReportsFixture.Bo, r => r.HangfireJobId = null);
        // Stored long ago and never handed over (Hangfire was down, say).
        var stranded = await StoreReportAsync(reports.App, ReportsFixture.Bo, r => { r.HangfireJobId = null; r.UpdatedAt -= ReportHousekeeping.EnqueueGrace * 2; });

        await using (var scope = reports.App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ReportHousekeeping>().RequeueLostAsync(CancellationToken.None);

        await using var read = reports.App.Services.CreateAsyncScope();
        var rows = read.ServiceProvider.GetRequiredService<RelationsDbContext>().Reports.IgnoreQueryFilters().AsNoTracking();
        Assert.Null((await rows.SingleAsync(r => r.Id == fresh.Id)).HangfireJobId);
        Assert.NotNull((await rows.SingleAsync(r => r.Id == stranded.Id)).HangfireJobId);
    }

    [Fact]
    public async Task Expired_reports_are_gone_at_once_and_deleted_by_the_cleanup_job()
    {
        var report = await StoreReportAsync(reports.App, ReportsFixture.Ana, r => { r.Status = ReportStatus.Succeeded; r.Content = [1, 2, 3]; r.ExpiresAt = TestClock.Origin.AddMinutes(-1); });
        using var ana = reports.App.ClientAs(ReportsFixture.Ana);

        Assert.Equal(HttpStatusCode.NotFound, (await ana.GetAsync($"/api/reports/{report.Id}/file")).StatusCode);
        await using (var scope = reports.App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ReportHousekeeping>().ExpireAsync(CancellationToken.None);
        await using (var scope = reports.App.Services.CreateAsyncScope())
            Assert.False(await scope.ServiceProvider.GetRequiredService<RelationsDbContext>().Reports.IgnoreQueryFilters().AnyAsync(r => r.Id == report.Id));
    }

    [Fact]
    public async Task A_manager_schedules_a_weekly_team_report_and_cancels_it()
    {
        using var nina = reports.App.ClientAs(ReportsFixture.Nina);
        using var ana = reports.App.ClientAs(ReportsFixture.Ana);

        Assert.Equal(HttpStatusCode.Forbidden, (await ana.PutAsJsonAsync("/api/reports/schedule", new { scope = "team" })).StatusCode);
        (await nina.PutAsJsonAsync("/api/reports/schedule", new { scope = "team" })).EnsureSuccessStatusCode();
        var schedule = await nina.GetFromJsonAsync<JsonElement>("/api/reports/schedule");
        Assert.True(schedule.GetProperty("scheduled").GetBoolean());
        Assert.Equal("team", schedule.GetProperty("scope").GetString());

        // Run the weekly job now rather than waiting for Monday.
        var owner = await reports.App.ReadAsAsync((await reports.App.ImportDirectoryAsync()).Single(o => o.Email == ReportsFixture.Nina), db => db.Owners.SingleAsync(o => o.Email == ReportsFixture.Nina));
        reports.App.Services.GetRequiredService<IRecurringJobManager>().Trigger($"weekly-report-{owner.Id}");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        JsonElement weekly;
        do
        {
            await Task.Delay(100);
            weekly = (await nina.GetFromJsonAsync<JsonElement>("/api/reports")).EnumerateArray().FirstOrDefault(r => r.GetProperty("scheduled").GetBoolean());
        }
        while ((weekly.ValueKind == JsonValueKind.Undefined || weekly.GetProperty("status").GetString() != "succeeded") && DateTime.UtcNow < deadline);
        Assert.Equal("succeeded", weekly.GetProperty("status").GetString());
        Assert.Equal("team", weekly.GetProperty("scope").GetString());

        (await nina.DeleteAsync("/api/reports/schedule")).EnsureSuccessStatusCode();
        Assert.False((await nina.GetFromJsonAsync<JsonElement>("/api/reports/schedule")).GetProperty("scheduled").GetBoolean());
    }
}
