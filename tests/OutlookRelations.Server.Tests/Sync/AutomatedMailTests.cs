using OutlookRelations.GraphEmulator.Model;

namespace OutlookRelations.Server.Tests.Sync;

/// <summary>Newsletters, notifications and no-reply mail are no relationship; a person writing through a list is.</summary>
public sealed class AutomatedMailTests
{
    [Fact]
    public async Task Automated_senders_are_kept_out_of_relationships_and_a_person_writing_through_a_list_stays_in()
    {
        var store = new EmulatorStore();
        var mailbox = MailboxBuilder.AddUser(store, "ana");
        var me = new EmailAddress("ana", mailbox.User.Mail);
        var newsletter = new EmailAddress("Wine Weekly", "editor@wine.example");
        var noReply = new EmailAddress("Portal", "noreply@portal.example");
        var carla = new EmailAddress("Carla Ruiz", "carla@contoso.example");
        var t = MailboxBuilder.Start;
        for (var i = 0; i < 4; i++)
            mailbox.Inbox.Upsert(MailboxBuilder.Message(mailbox, $"news{i}", newsletter, me, t.AddDays(7 * i)) with
            {
                Headers = [new("List-Unsubscribe", "<mailto:leave@wine.example>")],
            });
        mailbox.Inbox.Upsert(MailboxBuilder.Message(mailbox, "portal", noReply, me, t.AddHours(1)));
        mailbox.Inbox.Upsert(MailboxBuilder.Message(mailbox, "list-post", carla, me, t.AddHours(2), subject: "Gas", conversation: "gas") with
        {
            Headers = [new("List-Id", "<traders.lists.example>"), new("List-Post", "<mailto:traders@lists.example>"), new("Precedence", "list")],
        });
        mailbox.SentItems.Upsert(MailboxBuilder.Message(mailbox, "reply", me, carla, t.AddHours(3), subject: "RE: Gas", conversation: "gas"));
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single();

        await app.SyncAsync(owner);

        var automated = await app.ReadAsAsync(owner, db => db.Interactions.Where(i => i.IsAutomated).CountAsync());
        Assert.Equal(5, automated);
        var facts = await app.ReadAsAsync(owner, db => db.RelationshipFacts.Join(db.Contacts, f => f.ContactId, c => c.Id, (f, c) => new { c.Email, f.ContactTurns, f.ContactTurnsAnswered }).ToListAsync());
        var only = Assert.Single(facts);
        Assert.Equal(("carla@contoso.example", 1, 1), (only.Email, only.ContactTurns, only.ContactTurnsAnswered));
        var news = await app.ReadAsAsync(owner, db => db.Contacts.SingleAsync(c => c.Email == newsletter.Address));
        Assert.Equal(0, news.MessagesFromContact);
    }
}
