using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.GraphEmulator.Sources;

namespace OutlookRelations.Server.Tests.Infrastructure;

/// <summary>Small, exact mailboxes for sync tests: we know every message we put in.</summary>
public static class MailboxBuilder
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static Mailbox AddUser(EmulatorStore store, string name, string domain = "fabrikam.example")
    {
        var mail = $"{name}@{domain}";
        return store.AddMailbox(new EmulatedUser(StableId.Guid(mail), name, mail, CompanyName: "Fabrikam"));
    }

    /// <summary>
    /// Fills Inbox and Sent Items with <paramref name="count"/> messages spread over
    /// <paramref name="contacts"/> people, alternating direction.
    /// </summary>
    public static void Fill(Mailbox mailbox, int count, int contacts = 40, string prefix = "m")
    {
        var owner = new EmailAddress(mailbox.User.DisplayName, mailbox.User.Mail);
        for (var i = 0; i < count; i++)
        {
            var contact = Contact(i % contacts);
            var outgoing = i % 2 == 0;
            var message = Message(mailbox, $"{prefix}{i}", outgoing ? owner : contact, outgoing ? contact : owner, Start.AddHours(i));
            (outgoing ? mailbox.SentItems : mailbox.Inbox).Upsert(message);
        }
    }

    public static EmailAddress Contact(int i) => new($"Contact {i}", $"contact{i}@customer{i % 7}.example");

    public static EmulatedMessage Message(Mailbox mailbox, string key, EmailAddress from, EmailAddress to, DateTimeOffset sent, string? subject = null, string? conversation = null, string? body = null) => new()
    {
        Id = StableId.For("AAMkAD", mailbox.User.Id + key),
        InternetMessageId = $"<{key}.{mailbox.User.Id}@test.example>",
        ConversationId = StableId.For("AAQkAD", conversation ?? key),
        Subject = subject ?? $"Subject {key}",
        From = from,
        To = [to],
        SentDateTime = sent,
        ReceivedDateTime = sent,
        BodyContent = body ?? $"Body of {key}",
    };

    public static EmulatedEvent Meeting(Mailbox mailbox, string key, DateTimeOffset start, params EmailAddress[] attendees) => new()
    {
        Id = StableId.For("AAMkAE", mailbox.User.Id + key),
        ICalUId = key,
        Subject = $"Meeting {key}",
        Organizer = new EmailAddress(mailbox.User.DisplayName, mailbox.User.Mail),
        Attendees = [.. attendees.Select(a => new EmulatedAttendee(a, "required", "accepted"))],
        Start = start,
        End = start.AddMinutes(30),
    };
}
