using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Sidebar;

namespace OutlookRelations.Server.Tests.Sidebar;

public sealed class RecipientListTests
{
    [Fact]
    public void Keeps_the_order_given_lower_cases_and_accepts_commas_and_semicolons()
    {
        var (recipients, error) = RecipientList.Parse(" B@Contoso.com ; a@fabrikam.com,, c@x.org ");
        Assert.Null(error);
        Assert.Equal(["b@contoso.com", "a@fabrikam.com", "c@x.org"], recipients.Select(r => r.Address));
        Assert.All(recipients, r => Assert.True(r.Readable));
    }

    [Fact]
    public void A_recipient_named_twice_is_one_recipient()
    {
        var (recipients, _) = RecipientList.Parse("ana@x.com, ANA@x.com; ben@y.org, ana@x.com");
        Assert.Equal(["ana@x.com", "ben@y.org"], recipients.Select(r => r.Address));
    }

    [Theory]
    [InlineData("Ana <ana@x.com>")]
    [InlineData("ana@localhost")]
    [InlineData("@x.com")]
    [InlineData("ana at x.com")]
    public void Anything_but_a_bare_address_is_kept_in_its_place_as_unreadable_and_the_rest_still_parse(string recipient)
    {
        var (recipients, error) = RecipientList.Parse($"first@x.com, {recipient}, last@y.org");
        Assert.Null(error);
        Assert.Equal([("first@x.com", true), (recipient, false), ("last@y.org", true)], recipients.Select(r => (r.Address, r.Readable)));
        Assert.Contains(recipient, RecipientList.Problem(recipient), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(",,")]
    [InlineData(" ; , ;")]
    public void A_list_that_names_nobody_is_refused(string text) =>
        Assert.Contains("at least one address", RecipientList.Parse(text).Error, StringComparison.Ordinal);

    [Fact]
    public void Refuses_more_than_the_limit()
    {
        var many = string.Join(',', Enumerable.Range(0, RecipientList.MaxRecipients + 1).Select(i => $"p{i}@x.com"));
        Assert.Contains("At most", RecipientList.Parse(many).Error, StringComparison.Ordinal);
    }
}

public sealed class AddressSyntaxTests
{
    [Theory]
    [InlineData("k..allen@enron.com")] // Exchange wrote it; a strict RFC parser refuses it, and it broke every card (issue 18)
    [InlineData("ana.maria+crm@contoso.co.uk")]
    [InlineData("o'brien@example.ie")]
    [InlineData("josé@correo.example")]
    public void Addresses_that_real_mailboxes_hold_are_accepted(string address) => Assert.True(AddressSyntax.IsAddress(address));

    [Theory]
    [InlineData("Ana <ana@x.com>")]
    [InlineData("ana@localhost")]
    [InlineData("@x.com")]
    [InlineData("ana@")]
    [InlineData("ana@@x.com")]
    [InlineData("a@b@x.com")]
    [InlineData("ana at x.com")]
    [InlineData("ana@x..com")]
    [InlineData("ana@x.com\n")]
    [InlineData("\"ana\"@x.com")]
    [InlineData("ana@x_y.com")]
    public void Display_names_lists_spaces_and_broken_domains_are_not(string text) => Assert.False(AddressSyntax.IsAddress(text));

    [Fact]
    public void A_lone_surrogate_is_not_an_address() => Assert.False(AddressSyntax.IsAddress("ana\uD800@x.com"));
}
