using OutlookRelations.Server.Sidebar;

namespace OutlookRelations.Server.Tests.Sidebar;

public sealed class RecipientListTests
{
    [Fact]
    public void Keeps_the_order_given_lower_cases_and_accepts_commas_and_semicolons()
    {
        var (addresses, error) = RecipientList.Parse(" B@Contoso.com ; a@fabrikam.com,, c@x.org ");
        Assert.Null(error);
        Assert.Equal(["b@contoso.com", "a@fabrikam.com", "c@x.org"], addresses);
    }

    [Theory]
    [InlineData("Ana <ana@x.com>")]
    [InlineData("ana@localhost")]
    [InlineData("@x.com")]
    [InlineData("ana at x.com")]
    public void Rejects_anything_but_bare_addresses(string recipient)
    {
        var (addresses, error) = RecipientList.Parse(recipient);
        Assert.Empty(addresses);
        Assert.Contains(recipient, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_more_than_the_limit()
    {
        var many = string.Join(',', Enumerable.Range(0, RecipientList.MaxRecipients + 1).Select(i => $"p{i}@x.com"));
        Assert.Contains("At most", RecipientList.Parse(many).Error, StringComparison.Ordinal);
    }
}
