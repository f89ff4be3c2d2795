using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Sidebar;

/// <summary>The storage layer itself keeps owners apart, whatever a handler forgets to filter.</summary>
public sealed class DataScopeTests
{
    [Fact]
    public async Task Owned_tables_read_empty_without_a_scope_and_only_the_owners_rows_with_one()
    {
        var store = new EmulatorStore();
        MailboxBuilder.Fill(MailboxBuilder.AddUser(store, "ana"), 30);
        MailboxBuilder.Fill(MailboxBuilder.AddUser(store, "ben"), 50, prefix: "b");
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator);
        var owners = await app.ImportDirectoryAsync();
        foreach (var owner in owners) await app.SyncAsync(owner);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var unscoped = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
            Assert.Equal(0, await unscoped.Interactions.CountAsync());
            Assert.Equal(0, await unscoped.Contacts.CountAsync());
            Assert.Equal(0, await unscoped.MessageCopies.CountAsync());
        }
        var ana = owners.Single(o => o.Email.StartsWith("ana", StringComparison.Ordinal));
        var ben = owners.Single(o => o.Email.StartsWith("ben", StringComparison.Ordinal));
        Assert.Equal(30, await app.ReadAsAsync(ana, db => db.Interactions.CountAsync()));
        Assert.Equal(50, await app.ReadAsAsync(ben, db => db.Interactions.CountAsync()));
        Assert.True(await app.ReadAsAsync(ana, db => db.Interactions.AllAsync(i => i.OwnerId == ana.Id)));
    }

    [Fact]
    public void A_scope_cannot_be_switched_to_another_owner()
    {
        var scope = new DataScope();
        scope.Enter(Guid.NewGuid(), Guid.NewGuid());
        Assert.Throws<InvalidOperationException>(() => scope.Enter(Guid.NewGuid(), Guid.NewGuid()));
    }
}
