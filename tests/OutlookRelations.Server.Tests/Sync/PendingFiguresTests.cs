using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Tests.Sync;

/// <summary>
/// A first sync holds the touched contacts' figures back and recomputes them together; the marks
/// commit with the rows, so a crash leaves them for the next round and loses nothing.
/// </summary>
public sealed class PendingFiguresTests
{
    [Fact]
    public async Task Held_pages_return_nothing_until_enough_have_passed_then_every_pending_contact_once()
    {
        await using var emulator = await GraphEmulatorServer.StartAsync(new EmulatorStore());
        await using var app = new RelationsApp(emulator);
        await using var scope = app.Services.CreateAsyncScope();
        var figures = scope.ServiceProvider.GetRequiredService<PendingFigures>();

        for (var page = 1; page < PendingFigures.PagesPerRecompute; page++)
            Assert.Empty(await figures.DueAsync([page % 7, 100], hold: true, CancellationToken.None));
        var due = await figures.DueAsync([42], hold: true, CancellationToken.None);

        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 42, 100], due.Order());
        Assert.Empty(await figures.AllAsync(CancellationToken.None));
        // New mail on a caught-up stream is recomputed at once, whatever is held.
        Assert.Empty(await figures.DueAsync([5], hold: true, CancellationToken.None));
        Assert.Equal([8], await figures.DueAsync([8], hold: false, CancellationToken.None));
        Assert.Equal([5], await figures.AllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_crash_mid_first_sync_leaves_the_touched_contacts_marked_and_the_next_round_computes_the_same_figures_as_a_clean_run()
    {
        var store = new EmulatorStore();
        MailboxBuilder.Fill(MailboxBuilder.AddUser(store, "ana"), 500, contacts: 20);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        StoredMailbox clean;
        await using (var first = new RelationsApp(emulator))
        {
            var someone = (await first.ImportDirectoryAsync()).Single();
            await first.SyncAsync(someone);
            clean = await first.SnapshotAsync(someone);
        }

        await using var app = new RelationsApp(emulator, services => services.AddSingleton<ISyncObserver>(new CrashAfterPages(2)));
        var owner = (await app.ImportDirectoryAsync()).Single();
        await Assert.ThrowsAsync<SimulatedCrashException>(() => app.SyncAsync(owner));

        var marked = await app.ReadAsAsync(owner, db => db.Contacts.CountAsync(c => c.FiguresPending));
        var counted = await app.ReadAsAsync(owner, db => db.Contacts.SumAsync(c => c.MessagesToContact + c.MessagesFromContact));
        Assert.Equal(10, marked); // each folder holds half of the 20 people, and two pages are one folder's
        Assert.Equal(0, counted); // held back: two pages are far fewer than a recompute's worth

        await app.SyncAsync(owner);

        Assert.Equal(0, await app.ReadAsAsync(owner, db => db.Contacts.CountAsync(c => c.FiguresPending)));
        (await app.SnapshotAsync(owner)).AssertSameAs(clean);
    }

    [Fact]
    public async Task Marks_cleared_in_a_transaction_that_rolled_back_are_still_due_when_the_round_ends()
    {
        var store = new EmulatorStore();
        MailboxBuilder.Fill(MailboxBuilder.AddUser(store, "ana"), 20, contacts: 3);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single();
        await app.SyncAsync(owner);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        db.Scope.Enter(owner.TenantId, owner.Id);
        var figures = scope.ServiceProvider.GetRequiredService<PendingFigures>();
        var people = await db.Contacts.Select(c => c.Id).ToListAsync();

        for (var page = 1; page < PendingFigures.PagesPerRecompute; page++) await figures.DueAsync(people, hold: true, CancellationToken.None);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            Assert.Equal(people.Order(), (await figures.DueAsync([], hold: true, CancellationToken.None)).Order());
            await transaction.RollbackAsync(); // the page failed: its figures and the cleared marks with it
        }

        Assert.Equal(people.Order(), (await figures.AllAsync(CancellationToken.None)).Order());
        Assert.Equal(0, await db.Contacts.CountAsync(c => c.FiguresPending));
    }
}
