using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Details;
using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Mailboxes;
using OutlookRelations.Server.Notifications;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Stories;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Tests.Sync;

/// <summary>Features plug into sync through hooks; what the hooks write commits with the page or not at all.</summary>
public sealed class SyncHookTests
{
    private static async Task<(EmulatorStore Store, GraphEmulatorServer Emulator)> MailboxAsync(int messages = 450)
    {
        var store = new EmulatorStore();
        var mailbox = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(mailbox, messages, contacts: 20);
        for (var i = 0; i < 10; i++)
            mailbox.Calendar.Upsert(MailboxBuilder.Meeting(mailbox, $"meet{i}", TestClock.Origin.AddDays(-i * 3), MailboxBuilder.Contact(i)));
        return (store, await GraphEmulatorServer.StartAsync(store));
    }

    [Fact]
    public async Task The_server_runs_memory_before_the_figures_that_count_its_details_and_subscriptions_last()
    {
        await using var app = new RelationsApp(null);
        await using var scope = app.Services.CreateAsyncScope();

        var order = scope.ServiceProvider.GetRequiredService<SyncHooks>().Ordered.Select(h => h.GetType()).ToList();

        Assert.Equal([typeof(MemoryHook), typeof(ContactStatsHook), typeof(EngagementHook), typeof(StoriesHook), typeof(SubscriptionHook)], order);
    }

    [Fact]
    public async Task Hooks_run_in_stage_order_whatever_order_they_were_registered_in()
    {
        var calls = new List<string>();
        var hooks = new SyncHooks([new Recorder("other", SyncHookStage.Other, calls), new Recorder("figures", SyncHookStage.Figures, calls), new Recorder("memory", SyncHookStage.Memory, calls)]);
        var owner = new OwnerContext(Guid.NewGuid(), Guid.NewGuid(), "u", "ana@contoso.example", "contoso.example", "Contoso");

        await hooks.PageCommittingAsync(new MailboxChanges(owner), CancellationToken.None);

        Assert.Equal(["memory: page", "figures: page", "other: page"], calls);
    }

    [Fact]
    public async Task A_sync_tells_its_hooks_it_starts_then_every_page_with_the_contacts_it_touched_then_that_it_is_done()
    {
        var (_, emulator) = await MailboxAsync();
        await using var _ = emulator;
        var calls = new List<string>();
        var recorder = new Recorder("test", SyncHookStage.Other, calls);
        await using var app = new RelationsApp(emulator, services => services.AddSingleton<ISyncHook>(recorder));
        var owner = (await app.ImportDirectoryAsync()).Single();

        await app.SyncAsync(owner);

        Assert.Equal("test: starting", calls[0]);
        Assert.Equal("test: synced", calls[^1]);
        Assert.DoesNotContain(calls, c => c.Contains("stopped"));
        // Every page of mail touched its people, and the contacts exist in the page's transaction.
        Assert.All(recorder.Pages.Where(p => p.FirstStored > 0), p => Assert.NotEmpty(p.Touched));
        Assert.Equal(450, recorder.Pages.Sum(p => p.FirstStored));
        var contacts = await app.ReadAsAsync(owner, db => db.Contacts.Select(c => c.Id).ToListAsync());
        Assert.Equal(contacts.Order(), recorder.Pages.SelectMany(p => p.Touched).Distinct().Order());
    }

    [Fact]
    public async Task A_paused_mailbox_tells_its_hooks_it_stopped_and_nothing_else()
    {
        var (_, emulator) = await MailboxAsync(50);
        await using var _ = emulator;
        var calls = new List<string>();
        await using var app = new RelationsApp(emulator, services => services.AddSingleton<ISyncHook>(new Recorder("test", SyncHookStage.Other, calls)));
        var owner = (await app.ImportDirectoryAsync()).Single();
        await app.ReadAsAsync(owner, db => db.Owners.Where(o => o.Id == owner.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.CollectionPaused, true)));

        await app.SyncAsync(owner);

        Assert.Equal(["test: stopped Paused"], calls);
        Assert.Equal(0, await app.ReadAsAsync(owner, db => db.Interactions.CountAsync()));
    }

    [Fact]
    public async Task A_hook_failing_inside_a_page_rolls_back_the_page_with_what_the_other_hooks_wrote_and_the_resume_stores_what_a_clean_run_does()
    {
        var (_, emulator) = await MailboxAsync(900);
        await using var _ = emulator;
        StoredMailbox clean;
        await using (var cleanApp = new RelationsApp(emulator))
        {
            var cleanOwner = (await cleanApp.ImportDirectoryAsync()).Single();
            await cleanApp.SyncAsync(cleanOwner);
            clean = await cleanApp.SnapshotAsync(cleanOwner);
        }

        // Runs last, after memory and the figures wrote the fourth page's details, stats and facts.
        var failing = new FailOnPage(4);
        await using var app = new RelationsApp(emulator, services => services.AddSingleton<ISyncHook>(failing));
        var owner = (await app.ImportDirectoryAsync()).Single();
        await Assert.ThrowsAsync<SimulatedCrashException>(() => app.SyncAsync(owner));

        var partial = await app.SnapshotAsync(owner);
        Assert.Equal(300, partial.Interactions.Count);
        Assert.NotEmpty(failing.TouchedOnFailure);
        // Nothing of the failed page's figures survived: each contact has what its stored rows give, or
        // (a first sync holds figures back, Sync/PendingFigures) is marked to be recomputed; and the
        // marks are exactly the people of the committed pages' rows, none of the failed page's.
        var pending = await app.ReadAsAsync(owner, db => db.Contacts.Where(c => c.FiguresPending).Select(c => c.Email).ToListAsync());
        var stored = await app.ReadAsAsync(owner, db => db.InteractionParticipants.Select(p => p.Contact!.Email).Distinct().ToListAsync());
        Assert.Equal(stored.Order(), pending.Order());
        bool Settled(string line) => !pending.Contains(line.Split('|')[0]);
        Assert.Equal(partial.Contacts.Where(Settled), (await FiguresRecountedAsync(app, owner)).Where(Settled));

        await app.SyncAsync(owner);

        (await app.SnapshotAsync(owner)).AssertSameAs(clean);
    }

    // The contact figures as a fresh recount of the stored rows gives them, in the snapshot's form.
    private static async Task<IReadOnlyList<string>> FiguresRecountedAsync(RelationsApp app, MailboxOwner owner)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        db.Scope.Enter(owner.TenantId, owner.Id);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await scope.ServiceProvider.GetRequiredService<ContactStats>().RecomputeAsync(await db.Contacts.Select(c => c.Id).ToListAsync(), CancellationToken.None);
        await db.SaveChangesAsync();
        var figures = (await db.Contacts.AsNoTracking().Select(c => c.Email + "|" + c.MessagesToContact + "|" + c.MessagesFromContact + "|" + c.MeetingsTogether).ToListAsync()).Order(StringComparer.Ordinal).ToList();
        await transaction.RollbackAsync();
        return figures;
    }

    private sealed record Page(int FirstStored, IReadOnlyList<long> Touched);

    private sealed class Recorder(string name, SyncHookStage stage, List<string> calls) : ISyncHook
    {
        public List<Page> Pages { get; } = [];
        public SyncHookStage Stage => stage;

        public Task MailboxStartingAsync(OwnerContext owner, CancellationToken ct) => Record("starting");

        public Task PageCommittingAsync(MailboxChanges changes, CancellationToken ct)
        {
            Pages.Add(new Page(changes.FirstStored.Count, [.. changes.TouchedContacts]));
            return Record("page");
        }

        public Task MailboxSyncedAsync(OwnerContext owner, CancellationToken ct) => Record("synced");

        public Task MailboxStoppedAsync(OwnerContext owner, MailboxRefusal reason, CancellationToken ct) => Record($"stopped {reason}");

        private Task Record(string what)
        {
            lock (calls) calls.Add($"{name}: {what}");
            return Task.CompletedTask;
        }
    }

    private sealed class FailOnPage(int page) : ISyncHook
    {
        private int _seen;
        public IReadOnlyList<long> TouchedOnFailure { get; private set; } = [];
        public SyncHookStage Stage => SyncHookStage.Other;

        public Task PageCommittingAsync(MailboxChanges changes, CancellationToken ct)
        {
            if (++_seen != page) return Task.CompletedTask;
            TouchedOnFailure = [.. changes.TouchedContacts];
            throw new SimulatedCrashException($"A hook failed inside page {page}.");
        }
    }
}
