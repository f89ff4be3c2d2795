using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Engagement;

/// <summary>
/// Which mail and meetings count for which relationship, through sync and storage, against numbers
/// worked out by hand: a thread with two people, mail to oneself, meetings nobody answered or declined.
/// </summary>
public sealed class StoredPairsTests
{
    [Fact]
    public async Task Several_people_in_one_thread_self_mail_and_meeting_responses_count_as_defined()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        var me = new EmailAddress("Ana", ana.User.Mail);
        var a = new EmailAddress("Amir", "amir@contoso.example");
        var b = new EmailAddress("Bea", "bea@contoso.example");
        var t = MailboxBuilder.Start;
        // 09:00 Ana writes to Amir, Bea copied. 10:00 Bea answers. 12:00 Amir answers. 13:00 Ana answers both.
        ana.SentItems.Upsert(MailboxBuilder.Message(ana, "1", me, a, t, conversation: "deal") with { Cc = [b] });
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "2", b, me, t.AddHours(1), conversation: "deal") with { Cc = [a] });
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "3", a, me, t.AddHours(3), conversation: "deal") with { Cc = [b] });
        ana.SentItems.Upsert(MailboxBuilder.Message(ana, "4", me, a, t.AddHours(4), conversation: "deal") with { Cc = [b] });
        ana.SentItems.Upsert(MailboxBuilder.Message(ana, "self", me, me, t.AddHours(5)));
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "silent", t.AddDays(1), a) with { Attendees = [new(a, "required", "none"), new(b, "required", "declined")] });
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single();

        await app.SyncAsync(owner);

        var facts = await app.ReadAsAsync(owner, db => db.RelationshipFacts.Join(db.Contacts, f => f.ContactId, c => c.Id, (f, c) => new { c.Email, f }).ToDictionaryAsync(x => x.Email, x => x.f));
        // Amir: Ana's turn (09:00) answered by Amir at 12:00 (3 h); Amir's turn answered by Ana at 13:00 (1 h).
        // Bea's 10:00 message was to Ana, so it is Bea's; Ana's 09:00 and 13:00 mails had Bea in Cc, so they are Ana's to Bea.
        var amir = facts["amir@contoso.example"];
        Assert.Equal((2, 1), (amir.Sent, amir.Received));
        Assert.Equal((1, 0), (amir.ThreadsStartedByOwner, amir.ThreadsStartedByContact));
        Assert.Equal((1, 1, 2, 1), (amir.ContactTurns, amir.ContactTurnsAnswered, amir.OwnerTurns, amir.OwnerTurnsAnswered));
        Assert.Equal(1.0, amir.OwnerMedianResponseHours);
        Assert.Equal(3.0, amir.ContactMedianResponseHours);
        Assert.Equal((1, 0.5), (amir.Meetings, amir.MeetingHours)); // no response is still a meeting
        var bea = facts["bea@contoso.example"];
        Assert.Equal((2, 1), (bea.Sent, bea.Received));
        Assert.Equal(1.0, bea.ContactMedianResponseHours);          // 09:00 → 10:00
        Assert.Equal(3.0, bea.OwnerMedianResponseHours);            // 10:00 → 13:00
        Assert.Equal(0, bea.Meetings);                              // declined
        Assert.False(facts.ContainsKey(ana.User.Mail));             // mail to oneself is no relationship
        var meetingsTogether = await app.ReadAsAsync(owner, db => db.Contacts.ToDictionaryAsync(c => c.Email, c => c.MeetingsTogether));
        Assert.Equal(1, meetingsTogether["amir@contoso.example"]);  // the sidebar counts the same way
        Assert.Equal(0, meetingsTogether["bea@contoso.example"]);
    }
}
