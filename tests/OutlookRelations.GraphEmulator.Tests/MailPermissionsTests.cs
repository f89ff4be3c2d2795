using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using OutlookRelations.GraphEmulator.Identity;

namespace OutlookRelations.GraphEmulator.Tests;

/// <summary>
/// Graph's mail permissions as the emulator enforces them when it checks tokens: an app granted
/// Mail.ReadBasic.All (not Mail.Read) never sees a message's text, and is refused when it asks for it.
/// </summary>
public sealed class MailPermissionsTests
{
    private static async Task<HttpResponseMessage> GetAsync(EmulatorFixture f, string url, params string[] roles)
    {
        f.Server.Entra.RequireGraphTokens = true;
        var token = f.Server.Entra.IssueToken(new TokenRequest("0b5c4e7a-1d2f-4a3b-8c9d-0e1f2a3b4c5d", "sp", "app", f.Server.Entra.GraphAudience) { Roles = roles }, DateTimeOffset.UtcNow);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await f.Http.SendAsync(request);
    }

    [Fact]
    public async Task A_basic_only_app_gets_every_field_but_the_text_and_is_refused_when_it_asks_for_the_body()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 2);

        using var unselected = await GetAsync(f, $"{f.UserPath}/messages/id-m0", "Mail.ReadBasic.All");
        var message = JsonDocument.Parse(await unselected.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Hello", message.GetProperty("subject").GetString());
        Assert.False(message.TryGetProperty("body", out _));
        Assert.False(message.TryGetProperty("bodyPreview", out _));

        using var delta = await GetAsync(f, $"{f.UserPath}/mailFolders/inbox/messages/delta?$select=subject,body", "Mail.ReadBasic.All");
        Assert.Equal(HttpStatusCode.Forbidden, delta.StatusCode);
        Assert.Contains("ErrorAccessDenied", await delta.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Mail_Read_gets_the_body()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 1);

        using var response = await GetAsync(f, $"{f.UserPath}/messages/id-m0?$select=subject,body", "Mail.ReadBasic.All", "Mail.Read");

        var message = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Body of m0", message.GetProperty("body").GetProperty("content").GetString());
    }
}
