using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.Server.Storage;

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
        var store = new EmulatorStore();
        Allen(store);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single();
        // As stored before mailboxes had aliases: the older address is a contact who writes to Ina.
        await app.ReadAsAsync(owner, db => db.Owners.Where(o => o.Id == owner.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Aliases, "")));
        await app.SyncAsync(owner);
        Assert.Contains(await app.ReadAsAsync(owner, db => db.Contacts.Select(c => c.Email).ToListAsync()), e => e == "k..allen@enron.com");

        await app.ImportDirectoryAsync();
        await app.SyncAsync(owner);

        Assert.Equal(["ina.rangel@enron.com"], await app.ReadAsAsync(owner, db => db.Contacts.Select(c => c.Email).ToListAsync()));
        var ina = await app.ReadAsAsync(owner, db => db.Contacts.SingleAsync());
        Assert.Equal((1, 1), (ina.MessagesToContact, ina.MessagesFromContact));
        var facts = await app.ReadAsAsync(owner, db => db.RelationshipFacts.SingleAsync());
        Assert.Equal((1, 1), (facts.ContactTurns, facts.ContactTurnsAnswered));
    }
}
