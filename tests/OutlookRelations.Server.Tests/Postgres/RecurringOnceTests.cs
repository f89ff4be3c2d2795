using Hangfire;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Tests.Postgres;

/// <summary>
/// Recurring jobs with several instances: each occurrence of a schedule becomes one job, whichever
/// instance's scheduler gets there first (Hangfire takes a lock per recurring job in the shared storage).
/// </summary>
[Trait("Category", "Postgres")]
[Collection(nameof(PostgresCollection))]
public sealed class RecurringOnceTests
{
    [PostgresFact]
    public async Task Two_instances_run_each_occurrence_of_a_mailboxs_sync_schedule_once()
    {
        var store = new EmulatorStore();
        var mailboxes = Enumerable.Range(0, 3).Select(i => MailboxBuilder.AddUser(store, $"user{i}")).ToList();
        foreach (var mailbox in mailboxes) MailboxBuilder.Fill(mailbox, 5, contacts: 2);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var database = await TemporaryPostgres.CreateAsync();
        var settings = database.Settings(runJobs: true);
        settings["Graph:SyncCron"] = "*/2 * * * * *"; // every two seconds (Hangfire reads a sixth field as seconds)
        settings["Jobs:SchedulePollingInterval"] = "00:00:01"; // both schedulers look every second
        await using var first = new RelationsApp(emulator, settings: settings);
        var owners = await first.ImportDirectoryAsync();
        await using (var scope = first.Services.CreateAsyncScope())
            foreach (var owner in owners) scope.ServiceProvider.GetRequiredService<SyncScheduler>().Schedule(owner.Id);
        await using var second = new RelationsApp(emulator, settings: settings);
        second.CreateClient().Dispose(); // start its job server and scheduler too

        await Task.Delay(TimeSpan.FromSeconds(15));

        var jobs = StoredJobs.All(first.Services.GetRequiredService<JobStorage>());
        foreach (var owner in owners)
        {
            var times = jobs.Where(j => j.RecurringId == SyncScheduler.RecurringId(owner.Id)).Select(j => j.Time).ToList();
            Assert.True(times.Count >= 4, $"the schedule ran {times.Count} times in 15 s");
            Assert.Equal(times.Count, times.Distinct().Count());
        }
    }
}
