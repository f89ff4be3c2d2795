using OutlookRelations.GraphEmulator.Sources;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Tests;

public sealed class DemoTenantTests
{
    private static readonly DateTimeOffset Anchor = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static EmulatorStore Generate(int contacts = 60)
    {
        var store = new EmulatorStore();
        DemoTenantGenerator.Populate(store, new DemoTenantOptions { Anchor = Anchor, ContactCount = contacts });
        return store;
    }

    [Fact]
    public void The_same_options_generate_the_same_tenant()
    {
        var a = Generate().Mailboxes;
        var b = Generate().Mailboxes;

        Assert.Equal(a.Select(m => m.User), b.Select(m => m.User));
        for (var i = 0; i < a.Count; i++)
        {
            Assert.Equal(a[i].Inbox.Live().OrderBy(m => m.Id, StringComparer.Ordinal), b[i].Inbox.Live().OrderBy(m => m.Id, StringComparer.Ordinal), new MessageComparer());
            Assert.Equal(a[i].Calendar.Count, b[i].Calendar.Count);
        }
    }

    [Fact]
    public void The_tenant_has_a_year_of_mail_small_talk_and_meetings_across_its_users()
    {
        var mailboxes = Generate(contacts: 120).Mailboxes;
        var alex = mailboxes[0];
        var all = alex.Inbox.Live().Concat(alex.SentItems.Live()).ToList();

        Assert.Equal(4, mailboxes.Count);
        Assert.True(all.Count > 300, $"only {all.Count} messages");
        Assert.True(alex.Calendar.Count > 30);
        Assert.All(all, m => Assert.True(m.SentDateTime <= Anchor && m.SentDateTime > Anchor.AddDays(-370)));
        Assert.Contains(alex.Calendar.Live(), e => e.Start > Anchor); // upcoming meetings exist
        Assert.Contains(all, m => m.BodyContentType == "html");
        Assert.Contains(all, m => m.BodyContent.Contains("-----Original Message-----", StringComparison.Ordinal));
        Assert.Contains(all, m => m.BodyContent.Contains("I'll ", StringComparison.Ordinal) || m.BodyContent.Contains("I will ", StringComparison.Ordinal));
        Assert.Contains(all, m => m.BodyContent.Contains("my daughter", StringComparison.OrdinalIgnoreCase) || m.BodyContent.Contains("I'm off to", StringComparison.Ordinal));
    }

    [Fact]
    public void A_message_copied_to_a_colleague_is_in_both_mailboxes_under_one_internetMessageId()
    {
        var mailboxes = Generate().Mailboxes;
        var sentByAlex = mailboxes[0].SentItems.Live().Where(m => m.Cc.Count > 0).ToList();
        Assert.NotEmpty(sentByAlex);

        foreach (var message in sentByAlex)
        {
            var colleague = mailboxes.Single(m => m.User.Mail == message.Cc[0].Address);
            var copy = Assert.Single(colleague.Inbox.Live(), c => c.InternetMessageId == message.InternetMessageId);
            Assert.NotEqual(message.Id, copy.Id);
        }
    }

    [Fact]
    public void The_director_manages_the_two_account_executives()
    {
        var users = Generate().Mailboxes.Select(m => m.User).ToList();
        var nestor = users.Single(u => u.JobTitle == "Sales Director");
        Assert.Equal(["alex.wilber@fabrikam.example", "megan.bowen@fabrikam.example"],
            users.Where(u => u.ManagerId == nestor.Id).Select(u => u.Mail).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void The_second_tenant_is_two_people_of_its_own_selling_to_customers_the_first_also_has()
    {
        var fabrikam = Generate().Mailboxes;
        var tailwind = new EmulatorStore();
        DemoTenantGenerator.Populate(tailwind, DemoTenantOptions.SecondTenant(Anchor));

        var users = tailwind.Mailboxes.Select(m => m.User).ToList();
        Assert.Equal(["diego.siciliani@tailwindtraders.example", "isaiah.langer@tailwindtraders.example"], users.Select(u => u.Mail).ToList());
        Assert.Equal(users[1].Id, users[0].ManagerId);
        Assert.Empty(users.Select(u => u.Id).Intersect(fabrikam.Select(m => m.User.Id)));

        var diego = tailwind.Mailboxes[0].Inbox.Live().Concat(tailwind.Mailboxes[0].SentItems.Live()).ToList();
        Assert.NotEmpty(diego);
        Assert.Contains(diego, m => m.BodyContent.Contains("Tailwind Traders", StringComparison.Ordinal));
        Assert.DoesNotContain(diego, m => m.BodyContent.Contains("Fabrikam", StringComparison.Ordinal) && !m.BodyContent.Contains("Fabrikam Partners", StringComparison.Ordinal));
        // The same customer writes to both companies: the address alone says nothing about the tenant.
        var customers = static (IEnumerable<Model.EmulatedMessage> mail) => mail.SelectMany(m => m.To.Append(m.From)).Select(a => a.Address)
            .Where(a => !a.EndsWith("@fabrikam.example", StringComparison.Ordinal) && !a.EndsWith("@tailwindtraders.example", StringComparison.Ordinal)).ToHashSet();
        var alex = fabrikam[0].Inbox.Live().Concat(fabrikam[0].SentItems.Live());
        Assert.NotEmpty(customers(diego).Intersect(customers(alex)));
    }

    private sealed class MessageComparer : IEqualityComparer<Model.EmulatedMessage>
    {
        public bool Equals(Model.EmulatedMessage? x, Model.EmulatedMessage? y) =>
            x!.Id == y!.Id && x.BodyContent == y.BodyContent && x.SentDateTime == y.SentDateTime && x.Subject == y.Subject;

        public int GetHashCode(Model.EmulatedMessage obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
