using System.Text;
using OutlookRelations.GraphEmulator.Identity;
using OutlookRelations.Server.Identity;

namespace OutlookRelations.Server.Tests.Identity;

/// <summary>
/// Entra ID bearer tokens through the real JwtBearer pipeline: keys come from the emulator's
/// discovery document, and nothing is switched off. Every way a token can be wrong is refused.
/// </summary>
[Collection(nameof(EntraCollection))]
public sealed class EntraTokenTests(EntraFixture entra)
{
    private async Task<HttpStatusCode> StatusWith(string? token, string path = "/api/contacts")
    {
        using var client = entra.ClientWith(token);
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }

    [Fact]
    public async Task A_valid_token_for_an_onboarded_mailbox_is_accepted_and_acts_as_that_mailbox()
    {
        using var client = entra.ClientWith(entra.TokenFor(entra.Ana));

        using var response = await client.GetAsync("/api/contacts");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await StatusWith(entra.TokenFor(entra.Ana, t => t with { Audience = EntraFixture.ApplicationIdUri })));
    }

    [Fact]
    public async Task No_token_and_demo_headers_are_refused()
    {
        using var client = entra.ClientWith(null);
        client.DefaultRequestHeaders.Add("X-Demo-User", entra.Ana.User.Mail);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/contacts")).StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWith(entra.TokenFor(entra.Ana, now: TestClock.Origin.AddHours(-2))));

    [Fact]
    public async Task A_token_for_another_audience_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWith(entra.TokenFor(entra.Ana, t => t with { Audience = "https://graph.microsoft.com" })));

    [Fact]
    public async Task A_token_from_another_issuer_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWith(entra.TokenFor(entra.Ana, t => t with { Issuer = $"https://sts.windows.net/{EntraFixture.Directory}/" })));

    [Fact]
    public async Task A_token_from_another_directory_is_refused_even_with_a_consistent_issuer()
    {
        var other = Guid.NewGuid().ToString();

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWith(entra.TokenFor(entra.Ana, t => t with { TenantId = other })));
    }

    [Fact]
    public async Task An_unsigned_token_is_refused()
    {
        var signed = entra.TokenFor(entra.Ana).Split('.');
        var header = EntraIssuer.Base64Url("""{"alg":"none","typ":"JWT"}""");

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWith($"{header}.{signed[1]}."));
    }

    [Fact]
    public async Task A_tampered_token_is_refused()
    {
        var parts = entra.TokenFor(entra.Ana).Split('.');
        var payload = Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[1])))
            .Replace(entra.Ana.User.Id, entra.Ian.User.Id, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWith($"{parts[0]}.{EntraIssuer.Base64Url(payload)}.{parts[2]}"));
    }

    [Fact]
    public async Task A_token_signed_with_a_key_the_directory_does_not_publish_is_refused()
    {
        using var impostor = new EntraIssuer(entra.Issuer.LoginBase);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWith(entra.TokenFor(entra.Ana, issuer: impostor)));
    }

    [Fact]
    public async Task A_valid_token_for_a_user_with_no_mailbox_here_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWith(entra.TokenFor(entra.Ana, t => t with { ObjectId = Guid.NewGuid().ToString() })));

    [Fact]
    public async Task A_user_token_cannot_reach_admin_endpoints_and_an_admin_token_can()
    {
        Assert.Equal(HttpStatusCode.Forbidden, await StatusWith(entra.TokenFor(entra.Ana), "/api/admin/mailboxes"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusWith(entra.TokenFor(entra.Ana, t => t with { Roles = [Roles.Manager] }), "/api/admin/mailboxes"));

        using var admin = entra.ClientWith(entra.TokenFor(entra.Ian, t => t with { Roles = [Roles.Admin] }));
        var mailboxes = await admin.GetFromJsonAsync<JsonElement>("/api/admin/mailboxes");
        Assert.Equal(["ana@fabrikam.example", "ian@fabrikam.example"], mailboxes.EnumerateArray().Select(m => m.GetProperty("email").GetString()));
    }

    [Fact]
    public async Task The_pane_learns_it_must_send_entra_tokens_and_for_which_scope()
    {
        using var client = entra.ClientWith(null);

        var config = await client.GetFromJsonAsync<JsonElement>("/api/client-config");

        Assert.Equal("entra", config.GetProperty("identity").GetString());
        Assert.Equal(EntraFixture.ClientId, config.GetProperty("clientId").GetString());
        Assert.Equal($"{EntraFixture.ApplicationIdUri}/access_as_user", config.GetProperty("scope").GetString());
    }

    private static string Pad(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return text.PadRight(text.Length + (4 - text.Length % 4) % 4, '=');
    }
}
