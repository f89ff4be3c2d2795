using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Remembering;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Stories;

namespace OutlookRelations.Server.Tests.Sync;

/// <summary>A mailbox has several addresses (Graph's proxyAddresses): all of them are the owner.</summary>
public sealed class OwnerAddressTests
{
    private static readonly EmailAddress Primary = new("Phillip K Allen", "phillip.allen@enron.com");
    private static readonly EmailAddress Older = new("Allen, Phillip K.", "k..allen@enron.com");
    private static readonly EmailAddress Alias = new("pallen", "pallen@enron.com");
    private static readonly EmailAddress Ina = new("Ina Rangel", "ina.rangel@enron.com");

    private static Mailbox Allen(EmulatorStore store)
    {
        var mailbox = store.AddMailbox(new EmulatedUser("allen-p", Primary.Name, Primary.Address)
        {
            ProxyAddresses = ["SMTP:phillip.allen@enron.com", "smtp:k..allen@enron.com", "smtp:pallen@enron.com", "X500:/o=ENRON/ou=NA/cn=Recipients/cn=pallen"],
        });
        var t = MailboxBuilder.Start;
        mailbox.Inbox.Upsert(MailboxBuilder.Message(mailbox, "ask", Ina, Older, t, subject: "Gas", conversation: "gas"));
        mailbox.SentItems.Upsert(MailboxBuilder.Message(mailbox, "answer", Older, Ina, t.AddHours(2), subject: "RE: Gas", conversation: "gas"));
        mailbox.SentItems.Upsert(MailboxBuilder.Message(mailbox, "note", Primary, Alias, t.AddHours(3), subject: "to myself"));
        return mailbox;
    }

    /// <summary>Allen's mailbox synced as before mailboxes had aliases: the older address is a contact who writes to Ina.</summary>
    private static async Task<SyncedBeforeAliases> StoredBeforeAliasesAsync()
    {
        var store = new EmulatorStore();
        Allen(store);
        var emulator = await GraphEmulatorServer.StartAsync(store);
        var app = new RelationsApp(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single();
        await app.ReadAsAsync(owner, db => db.Owners.Where(o => o.Id == owner.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Aliases, "")));
        await app.SyncAsync(owner);
        return new SyncedBeforeAliases(emulator, app, owner);
    }

    private sealed record SyncedBeforeAliases(GraphEmulatorServer Emulator, RelationsApp App, MailboxOwner Owner) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
            await Emulator.DisposeAsync();
        }
    }

    [Fact]
    public async Task Mail_from_any_of_the_owners_addresses_is_the_owners_own_and_none_of_them_is_a_contact()
    {
        var store = new EmulatorStore();
        Allen(store);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single();
        Assert.Equal("k..allen@enron.com\npallen@enron.com", owner.Aliases);

        await app.SyncAsync(owner);

        var contacts = await app.ReadAsAsync(owner, db => db.Contacts.ToListAsync());
        var ina = Assert.Single(contacts);
        Assert.Equal(("ina.rangel@enron.com", "Ina Rangel", 1, 1), (ina.Email, ina.DisplayName, ina.MessagesToContact, ina.MessagesFromContact));
        var facts = await app.ReadAsAsync(owner, db => db.RelationshipFacts.SingleAsync());
        Assert.Equal((1, 1), (facts.ContactTurns, facts.ContactTurnsAnswered));
        Assert.Equal(2, await app.ReadAsAsync(owner, db => db.Interactions.CountAsync(i => i.Direction == Direction.Outgoing)));
    }

    [Fact]
    public async Task Contacts_an_older_version_made_of_the_owners_aliases_are_folded_back_into_the_owner()
    {
        await using var stored = await StoredBeforeAliasesAsync();
        var (app, owner) = (stored.App, stored.Owner);
        Assert.Contains(await app.ReadAsAsync(owner, db => db.Contacts.Select(c => c.Email).ToListAsync()), e => e == "k..allen@enron.com");

        await app.ImportDirectoryAsync();
        await app.SyncAsync(owner);

        Assert.Equal(["ina.rangel@enron.com"], await app.ReadAsAsync(owner, db => db.Contacts.Select(c => c.Email).ToListAsync()));
        var ina = await app.ReadAsAsync(owner, db => db.Contacts.SingleAsync());
        Assert.Equal((1, 1), (ina.MessagesToContact, ina.MessagesFromContact));
        var facts = await app.ReadAsAsync(owner, db => db.RelationshipFacts.SingleAsync());
        Assert.Equal((1, 1), (facts.ContactTurns, facts.ContactTurnsAnswered));
    }

    [Fact]
    public async Task Folding_an_alias_back_deletes_the_stored_reports_that_showed_a_story_about_it()
    {
        await using var stored = await StoredBeforeAliasesAsync();
        var (app, owner) = (stored.App, stored.Owner);
        // A story told about the older address while it was a contact, in one report; another report shows none.
        var (story, showing, other) = await app.ReadAsAsync<(Guid, Guid, Guid)>(owner, async db =>
        {
            var alias = await db.Contacts.SingleAsync(c => c.Email == "k..allen@enron.com");
            var now = app.Clock.GetUtcNow();
            var detail = new ContactDetail
            {
                TenantId = owner.TenantId, OwnerId = owner.Id, ContactId = alias.Id, Kind = ArtifactKind.Travel, Origin = DetailOrigin.Manual,
                Summary = "Skiing in Aspen", Evidence = "Skiing in Aspen", Status = DetailStatus.Confirmed, FirstMentionedAt = now, LastMentionedAt = now, UpdatedAt = now,
            };
            db.ContactDetails.Add(detail);
            await db.SaveChangesAsync();
            var shared = new SharedStory { Id = Guid.NewGuid(), TenantId = owner.TenantId, OwnerId = owner.Id, DetailId = detail.Id, HappenedAt = now, SharedAt = now };
            db.SharedStories.Add(shared);
            Report Stored(string shows) => new()
            {
                Id = Guid.NewGuid(), TenantId = owner.TenantId, OwnerId = owner.Id, Scope = "me", From = now.AddDays(-30), To = now, TimeZone = "UTC",
                Status = ReportStatus.Succeeded, Content = [1, 2, 3], CreatedAt = now, UpdatedAt = now, ExpiresAt = now.AddDays(7), SharedStories = shows,
            };
            var (withStory, without) = (Stored(StoryStore.Marker(Guid.NewGuid()) + StoryStore.Marker(shared.Id)), Stored(""));
            db.Reports.AddRange(withStory, without);
            await db.SaveChangesAsync();
            return (shared.Id, withStory.Id, without.Id);
        });

        await app.ImportDirectoryAsync();
        await app.SyncAsync(owner);

        Assert.False(await app.ReadAsAsync(owner, db => db.SharedStories.IgnoreQueryFilters().AnyAsync(s => s.Id == story)));
        var reports = await app.ReadAsAsync(owner, db => db.Reports.IgnoreQueryFilters().Select(r => r.Id).ToListAsync());
        Assert.DoesNotContain(showing, reports);
        Assert.Contains(other, reports);
    }
}
