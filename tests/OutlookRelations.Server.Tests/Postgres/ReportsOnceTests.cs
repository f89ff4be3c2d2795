using Hangfire;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.Server.Reports;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Postgres;

/// <summary>
/// Reports with several instances against one database: a report asked for on one instance, or made
/// by a weekly schedule both instances watch, is built by one job, once, whichever instance runs it.
/// </summary>
[Trait("Category", "Postgres")]
[Collection(nameof(PostgresCollection))]
public sealed class ReportsOnceTests
{
    [PostgresFact]
    public async Task Two_instances_build_every_requested_and_every_scheduled_report_once()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(ana, 40, contacts: 5);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var database = await TemporaryPostgres.CreateAsync();
        var settings = database.Settings(runJobs: true);
        settings["Reports:WeeklyCron"] = "*/2 * * * * *"; // "weekly" every two seconds (a sixth field is seconds)
        settings["Jobs:SchedulePollingInterval"] = "00:00:01";
        await using var first = new RelationsApp(emulator, settings: settings);
        var owner = (await first.ImportDirectoryAsync()).Single();
        await first.SyncAsync(owner);
        using var client = first.ClientAs(ana.User.Mail);

        (await client.PutAsJsonAsync("/api/reports/schedule", new { scope = "me" })).EnsureSuccessStatusCode();
        var requested = new List<Guid>();
        for (var i = 0; i < 6; i++) requested.Add(await ReportPolling.RequestAsync(client, new { scope = "me", from = "2025-12-01" }));
        // The second instance starts while those are queued or building: its start-up chore looks for lost reports.
        await using var second = new RelationsApp(emulator, settings: settings);
        second.CreateClient().Dispose();
        await Task.Delay(TimeSpan.FromSeconds(10));
        (await client.DeleteAsync("/api/reports/schedule")).EnsureSuccessStatusCode();

        var reports = await AllFinishedAsync(first, owner.Id, TimeSpan.FromSeconds(120));
        var jobs = StoredJobs.All(first.Services.GetRequiredService<JobStorage>());
        var weekly = jobs.Where(j => j.RecurringId == WeeklyReportJob.RecurringId(owner.Id)).ToList();
        var builds = jobs.Where(j => j.Job?.Type == typeof(BuildReportJob)).ToLookup(j => (Guid)j.Job!.Args[0]);

        Assert.True(weekly.Count >= 3, $"the weekly schedule ran {weekly.Count} times in 10 s");
        Assert.Equal(weekly.Count, weekly.Select(j => j.Time).Distinct().Count());
        Assert.Equal(weekly.Count, reports.Count(r => r.Scheduled));
        Assert.Subset(reports.Select(r => r.Id).ToHashSet(), requested.ToHashSet());
        Assert.All(reports, r => Assert.Equal(ReportStatus.Succeeded, r.Status));
        Assert.All(reports, r => Assert.Equal(1, Assert.Single(builds[r.Id]).TimesProcessed));
        Assert.Equal(reports.Count, builds.Count);
    }

    // Waits until no report of the owner is queued or building, and no weekly job is still queuing one.
    private static async Task<List<Report>> AllFinishedAsync(RelationsApp app, Guid ownerId, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var reports = await scope.ServiceProvider.GetRequiredService<RelationsDbContext>().Reports.IgnoreQueryFilters().AsNoTracking()
                .Where(r => r.OwnerId == ownerId).ToListAsync();
            var weeklyPending = StoredJobs.All(app.Services.GetRequiredService<JobStorage>())
                .Any(j => j.Job?.Type == typeof(WeeklyReportJob) && !j.Finished);
            if (!weeklyPending && reports.All(r => r.Status is ReportStatus.Succeeded or ReportStatus.Failed)) return reports;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{reports.Count(r => r.Status is ReportStatus.Queued or ReportStatus.Running)} reports still open");
            await Task.Delay(250);
        }
    }
}
