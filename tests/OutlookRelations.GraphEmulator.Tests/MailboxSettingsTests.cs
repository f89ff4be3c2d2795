namespace OutlookRelations.GraphEmulator.Tests;

/// <summary>GET /users/{id}/mailboxSettings: the user's time zone, as Graph names it.</summary>
public sealed class MailboxSettingsTests
{
    [Fact]
    public async Task Mailbox_settings_carry_the_users_time_zone_and_an_unknown_user_is_not_found()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 0);

        var (_, settings) = await f.GetAsync($"{f.UserPath}/mailboxSettings");
        Assert.Equal("UTC", settings.GetProperty("timeZone").GetString());

        using var missing = await f.Http.GetAsync($"{f.Server.GraphBaseUrl}/users/nobody/mailboxSettings");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }
}
