using OutlookRelations.Server.Contacts;

namespace OutlookRelations.Server.Tests.Contacts;

public sealed class OrganisationsTests
{
    [Theory]
    [InlineData("carla@adventure-works.example", "Adventure Works")]
    [InlineData("jeff@enron.com", "Enron")]
    [InlineData("ana@mail.contoso.co.uk", "Contoso")]
    [InlineData("ben@fabrikam.example", "Fabrikam Inc.")]
    [InlineData("ben@sales.fabrikam.example", "Fabrikam Inc.")]
    [InlineData("someone@gmail.com", null)]
    [InlineData("no-at-sign", null)]
    public void Names_the_organisation_behind_an_address(string email, string? expected) =>
        Assert.Equal(expected, Organisations.FromAddress(email, "fabrikam.example", "Fabrikam Inc."));
}

public sealed class RelationshipStrengthTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_exchange_today_is_worth_one_and_halves_every_ninety_days()
    {
        Assert.Equal(1, RelationshipStrength.At(RelationshipStrength.LogWeight(Now), Now), precision: 9);
        Assert.Equal(0.5, RelationshipStrength.At(RelationshipStrength.LogWeight(Now.AddDays(-90)), Now), precision: 9);
        Assert.Equal(0, RelationshipStrength.At(double.NegativeInfinity, Now));
    }

    [Fact]
    public void Log_sums_add_up_without_overflow_and_rank_the_same_at_any_time()
    {
        var recent = RelationshipStrength.LogAdd(RelationshipStrength.LogWeight(Now), RelationshipStrength.LogWeight(Now.AddDays(-1)));
        var old = Enumerable.Range(0, 5).Aggregate(double.NegativeInfinity,
            (sum, i) => RelationshipStrength.LogAdd(sum, RelationshipStrength.LogWeight(Now.AddDays(-400 - i))));
        Assert.Equal(1 + Math.Pow(2, -1 / 90.0), RelationshipStrength.At(recent, Now), precision: 9);
        Assert.True(recent > old);
        Assert.True(RelationshipStrength.At(recent, Now.AddYears(5)) > RelationshipStrength.At(old, Now.AddYears(5)));
    }
}
