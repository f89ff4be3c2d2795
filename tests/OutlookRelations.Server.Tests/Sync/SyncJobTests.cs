using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Tests.Sync;

public sealed class SyncJobTests
{
    [Fact]
    public async Task The_job_syncs_a_mailbox_but_skips_while_another_run_holds_its_lease()
    {
        var store = new EmulatorStore();
        MailboxBuilder.Fill(MailboxBuilder.AddUser(store, "ana"), 40);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single();
        var afterImport = emulator.Faults.RequestCount; // the directory, and each user's mailbox settings

        await using (await app.Services.GetRequiredService<MailboxLease>().TryAcquireAsync(owner.Id, CancellationToken.None))
        {
            await RunJobAsync(app, owner.Id);
            Assert.Equal(0, await app.ReadAsAsync(owner, db => db.Interactions.CountAsync()));
            Assert.Equal(afterImport, emulator.Faults.RequestCount); // nothing after the directory import reached Graph
        }

        await RunJobAsync(app, owner.Id);
        Assert.Equal(40, await app.ReadAsAsync(owner, db => db.Interactions.CountAsync()));
        Assert.Equal(SyncState.Succeeded, app.Services.GetRequiredService<SyncProgress>().Get(owner.Id).State);
    }

    private static async Task RunJobAsync(RelationsApp app, Guid ownerId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SyncMailboxJob>().RunAsync(ownerId, CancellationToken.None);
    }
}
