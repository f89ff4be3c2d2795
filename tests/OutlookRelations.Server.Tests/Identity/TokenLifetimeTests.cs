using OutlookRelations.Server.Identity;

namespace OutlookRelations.Server.Tests.Identity;

public sealed class TokenLifetimeTests
{
    private static readonly DateTimeOffset Now = TestClock.Origin;
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(2);

    [Fact]
    public void A_token_is_current_from_its_not_before_to_its_expiry_give_or_take_the_skew()
    {
        var issued = Now.UtcDateTime.AddMinutes(-10);
        var expires = Now.UtcDateTime.AddMinutes(50);
        Assert.True(TokenLifetime.IsCurrent(issued, expires, Skew, Now));
        Assert.True(TokenLifetime.IsCurrent(Now.UtcDateTime.AddMinutes(1), expires, Skew, Now)); // the issuer's clock a minute ahead
        Assert.True(TokenLifetime.IsCurrent(issued, Now.UtcDateTime.AddMinutes(-1), Skew, Now)); // expired a minute ago: within the skew
    }

    [Fact]
    public void A_token_outside_its_window_or_without_an_expiry_is_refused()
    {
        Assert.False(TokenLifetime.IsCurrent(Now.UtcDateTime.AddMinutes(5), Now.UtcDateTime.AddHours(1), Skew, Now));
        Assert.False(TokenLifetime.IsCurrent(Now.UtcDateTime.AddHours(-2), Now.UtcDateTime.AddMinutes(-5), Skew, Now));
        Assert.False(TokenLifetime.IsCurrent(Now.UtcDateTime.AddHours(-2), null, Skew, Now));
    }

    [Fact]
    public async Task The_server_judges_a_token_by_its_own_clock_not_the_machines()
    {
        var fixture = new EntraFixture();
        await fixture.InitializeAsync();
        try
        {
            // The server's clock a year past the machine's, whatever day this runs: a token from the
            // machine's now has long expired for the server, one from the server's now is current.
            var clock = (TestClock)fixture.App.Clock;
            clock.SetUtcNow(DateTimeOffset.UtcNow.AddDays(365));
            using var current = fixture.ClientWith(fixture.TokenFor(fixture.Ana, now: clock.GetUtcNow()));
            Assert.Equal(HttpStatusCode.OK, (await current.GetAsync("/api/me")).StatusCode);
            using var stale = fixture.ClientWith(fixture.TokenFor(fixture.Ana, now: DateTimeOffset.UtcNow));
            Assert.Equal(HttpStatusCode.Unauthorized, (await stale.GetAsync("/api/me")).StatusCode);
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }
}
