using Hangfire;
using Hangfire.States;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Tests.Postgres;

/// <summary>Two server processes' worth of hosts on one PostgreSQL: they share the sync jobs and store what one would.</summary>
[Trait("Category", "Postgres")]
[Collection(nameof(PostgresCollection))]
public sealed class TwoInstancesTests
{
    [PostgresFact]
    public async Task Two_instances_share_the_sync_jobs_each_mailbox_reads_its_mail_once_and_the_data_equals_a_single_instance_run()
    {
        var store = new EmulatorStore();
        var mailboxes = Enumerable.Range(0, 50).Select(i => MailboxBuilder.AddUser(store, $"user{i}")).ToList();
        foreach (var mailbox in mailboxes) MailboxBuilder.Fill(mailbox, 40, contacts: 8);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        // Pass-through rules that count each mailbox's fresh Inbox rounds (no token: reading from the start).
        var initialRounds = mailboxes.ToDictionary(m => m.User.Id, m => emulator.Faults.Add(new FaultRule
        {
            StatusCode = 0, Times = int.MaxValue, OnlyWithoutToken = true, PathContains = $"/users/{m.User.Id}/mailFolders/inbox/messages/delta",
        }));
        await using var database = await TemporaryPostgres.CreateAsync();
        await using var first = new RelationsApp(emulator, settings: database.Settings(runJobs: true));
        var owners = await first.ImportDirectoryAsync();
        await using var second = new RelationsApp(emulator, settings: database.Settings(runJobs: true));
        second.CreateClient().Dispose(); // start its job server too

        // Both instances ask for every mailbox at once: 100 jobs, one sync per mailbox at a time.
        var jobs = new List<string>();
        foreach (var app in new[] { first, second })
        {
            await using var scope = app.Services.CreateAsyncScope();
            jobs.AddRange(owners.Select(o => scope.ServiceProvider.GetRequiredService<SyncScheduler>().SyncNow(o.Id)));
        }
        var storage = first.Services.GetRequiredService<JobStorage>();
        var deadline = DateTime.UtcNow.AddSeconds(180);
        using (var connection = storage.GetConnection())
        {
            string[] finished = [SucceededState.StateName, FailedState.StateName];
            while (jobs.Any(j => !finished.Contains(connection.GetStateData(j)?.Name)) && DateTime.UtcNow < deadline)
                await Task.Delay(200);
            Assert.All(jobs, j => Assert.Equal(SucceededState.StateName, connection.GetStateData(j)?.Name));
        }
        // Each mailbox's mail was read from the start exactly once: the second job for it found the
        // lease taken (or the round done) and carried on from the saved cursor.
        Assert.All(initialRounds, r => Assert.Equal(1, r.Value.Fired));

        await using var reference = new RelationsApp(emulator);
        foreach (var owner in await reference.ImportDirectoryAsync()) await reference.SyncAsync(owner);
        var referenceOwners = await reference.ImportDirectoryAsync();
        foreach (var owner in owners)
        {
            var expected = await reference.SnapshotAsync(referenceOwners.Single(o => o.Email == owner.Email));
            var actual = await first.SnapshotAsync(owner);
            Assert.Equal(expected.Interactions, actual.Interactions);
            Assert.Equal(expected.Contacts, actual.Contacts);
        }
    }
}
