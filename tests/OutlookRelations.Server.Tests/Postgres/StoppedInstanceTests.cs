using Hangfire;
using Hangfire.States;
using OutlookRelations.GraphEmulator.Store;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Tests.Postgres;

/// <summary>An instance that stops in the middle of a sync loses nothing: another one finishes it from where it stopped.</summary>
[Trait("Category", "Postgres")]
[Collection(nameof(PostgresCollection))]
public sealed class StoppedInstanceTests
{
    [PostgresFact]
    public async Task When_an_instance_stops_mid_sync_the_other_finishes_the_job_and_the_data_is_complete()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(ana, 1200, contacts: 30);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        // Slow pages, so the first instance is surely mid-sync when it stops.
        emulator.Faults.Add(new FaultRule { StatusCode = 0, Delay = TimeSpan.FromMilliseconds(250), Times = int.MaxValue, PathContains = "delta" });
        await using var database = await TemporaryPostgres.CreateAsync();
        var settings = database.Settings(runJobs: true);
        settings["Jobs:InvisibilityTimeout"] = "00:00:05";
        settings["Jobs:LockRetryDelay"] = "00:00:02";
        settings["Graph:PageSize"] = "50";

        var first = new RelationsApp(emulator, settings: settings);
        var owner = (await first.ImportDirectoryAsync()).Single();
        string job;
        await using (var scope = first.Services.CreateAsyncScope()) job = scope.ServiceProvider.GetRequiredService<SyncScheduler>().SyncNow(owner.Id);
        var progress = first.Services.GetRequiredService<SyncProgress>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((progress.Get(owner.Id).Pages) < 3 && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.True((progress.Get(owner.Id).Pages) >= 3, "the first instance never got going");
        await first.DisposeAsync(); // the first instance goes away mid-sync

        await using var second = new RelationsApp(emulator, settings: settings);
        second.CreateClient().Dispose();
        // The job comes back to the second instance, which finds the mailbox still locked by the first
        // (stopped) one, tries again shortly after, and carries on from the saved cursor.
        var expected = ana.DistinctInternetMessageIds().Count;
        var stored = 0;
        deadline = DateTime.UtcNow.AddSeconds(120);
        while (stored < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            stored = await second.ReadAsAsync(owner, db => db.Interactions.CountAsync());
        }
        Assert.Equal(expected, stored);
        // The mail is all there before the job ends: the calendar, the sweep and the hooks come after it.
        using var connection = second.Services.GetRequiredService<JobStorage>().GetConnection();
        await Eventually.TrueAsync(() => Task.FromResult(connection.GetStateData(job)?.Name == SucceededState.StateName), "the job to succeed on the second instance", TimeSpan.FromSeconds(60));
        Assert.Equal(SucceededState.StateName, connection.GetStateData(job)?.Name);
    }
}
