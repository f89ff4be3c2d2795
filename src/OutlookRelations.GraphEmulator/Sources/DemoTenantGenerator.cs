using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Sources;

/// <summary>Shapes the demo tenant. The same options always produce the same mail.</summary>
public sealed record DemoTenantOptions
{
    /// <summary>"Now" for the demo: a year of history ends here, a few meetings lie after it.</summary>
    public required DateTimeOffset Anchor { get; init; }
    public int Seed { get; init; } = 20261123;
    public string Domain { get; init; } = "fabrikam.example";
    public int ContactCount { get; init; } = 300;
    public DemoCompany Company { get; init; } = DemoCompany.Fabrikam;

    /// <summary>
    /// The second demo tenant: Tailwind Traders, two people selling to the first few of the customers
    /// Fabrikam sells to (the same seed draws the same people first), so one address is a contact in
    /// both tenants and cross-tenant access has something real to leak.
    /// </summary>
    public static DemoTenantOptions SecondTenant(DateTimeOffset anchor) =>
        new() { Anchor = anchor, Company = DemoCompany.TailwindTraders, Domain = "tailwindtraders.example", ContactCount = 12 };
}

/// <summary>Whose employees a generated tenant has.</summary>
public enum DemoCompany
{
    /// <summary>The demo: four people in sales and IT.</summary>
    Fabrikam,
    /// <summary>A second, small directory: an account manager and the sales manager who is also its admin.</summary>
    TailwindTraders,
}

/// <summary>
/// Generates the demo tenant: Fabrikam's sales team and their customers, a year of threads (with
/// replies that quote, signatures, some HTML, small talk) and meetings, delivered to every
/// employee mailbox involved, the way Exchange would file them.
/// </summary>
public static class DemoTenantGenerator
{
    private static readonly int[] Cadences = [10, 14, 21, 30, 45, 60, 60, 90, 90, 120, 150, 180];

    public static IReadOnlyList<Mailbox> Populate(EmulatorStore store, DemoTenantOptions options)
    {
        var random = new Random(options.Seed);
        var employees = DemoCast.Employees(options.Company, options.Domain);
        var mailboxes = employees.Select(store.AddMailbox).ToList();
        var contacts = DemoCast.Contacts(random, options.ContactCount);
        var post = new DemoPostOffice(mailboxes);
        var anchor = options.Anchor.ToUniversalTime();

        for (var e = 0; e < employees.Count; e++)
        {
            for (var c = 0; c < contacts.Count; c++)
            {
                if (!Knows(e, c, contacts.Count)) continue;
                var colleagues = employees.Where((_, i) => i != e).ToList();
                new DemoRelationship(random, post, employees[e], contacts[c], colleagues, anchor, Cadences[random.Next(Cadences.Length)])
                    .Play();
            }
        }
        return mailboxes;
    }

    // Who works with whom: the account executives split the book with some overlap, the director
    // knows a quarter of it, the IT admin a handful (a two-person tenant is the first two). Overlap makes "people in your network" real.
    private static bool Knows(int employee, int contact, int count) => employee switch
    {
        0 => contact < count * 6 / 10,
        1 => contact >= count * 4 / 10,
        2 => contact % 4 == 0,
        _ => contact % 25 == 0,
    };
}

/// <summary>Files each message and meeting into every employee mailbox it reaches.</summary>
internal sealed class DemoPostOffice(IReadOnlyList<Mailbox> mailboxes)
{
    private readonly Dictionary<string, Mailbox> _byAddress =
        mailboxes.ToDictionary(m => m.User.Mail, StringComparer.OrdinalIgnoreCase);

    public void Deliver(EmulatedMessage message)
    {
        if (_byAddress.TryGetValue(message.From.Address, out var sender))
            sender.SentItems.Upsert(message with { Id = CopyId(sender, message.InternetMessageId) });
        foreach (var recipient in message.To.Concat(message.Cc).Concat(message.Bcc))
        {
            if (_byAddress.TryGetValue(recipient.Address, out var mailbox))
                mailbox.Inbox.Upsert(message with { Id = CopyId(mailbox, message.InternetMessageId), IsRead = true });
        }
    }

    public void Schedule(EmulatedEvent meeting)
    {
        foreach (var person in meeting.Attendees.Select(a => a.EmailAddress).Append(meeting.Organizer))
        {
            if (_byAddress.TryGetValue(person.Address, out var mailbox) && mailbox.Calendar.Find(EventId(mailbox, meeting.ICalUId)) is null)
                mailbox.Calendar.Upsert(meeting with { Id = EventId(mailbox, meeting.ICalUId) });
        }
    }

    // Every mailbox holds its own copy with its own Graph id, as in Exchange.
    private static string CopyId(Mailbox mailbox, string internetMessageId) => StableId.For("AAMkAD", mailbox.User.Id + internetMessageId);

    private static string EventId(Mailbox mailbox, string iCalUId) => StableId.For("AAMkAE", mailbox.User.Id + iCalUId);
}
