using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OutlookRelations.GraphEmulator.Hosting;
using OutlookRelations.GraphEmulator.Identity;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Tests;

/// <summary>
/// The emulated Entra ID's sign-in for a single-page app, driven over HTTP the way MSAL.js drives
/// it: authorize (the sign-in page, then the form post that picks a user), and the code redeemed
/// with its PKCE verifier from the page's origin.
/// </summary>
public sealed class AuthorizeEndpointTests : IAsyncLifetime
{
    private const string Directory = "0b5c4e7a-1d2f-4a3b-8c9d-0e1f2a3b4c5d";
    private const string ClientId = "5b6f2d1e-8c3a-4f7b-9e2d-1a4c6b8d0e2f";
    private const string Origin = "http://127.0.0.1:5999";
    private const string RedirectUri = Origin + "/reports.html";
    private const string Verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-and-some-more";
    private static readonly string Scope = $"api://{ClientId}/access_as_user openid profile offline_access";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private GraphEmulatorServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var store = new EmulatorStore { Clock = _clock };
        store.AddMailbox(new EmulatedUser("user-ana", "Ana <b>Lima</b>", "ana@fabrikam.example"));
        store.AddMailbox(new EmulatedUser("user-ian", "Ian", "ian@fabrikam.example"));
        _server = await GraphEmulatorServer.StartAsync(store);
        _server.Entra.RegisterApp(new EmulatedApp(ClientId)
        {
            SpaRedirectUris = [RedirectUri],
            UserRoles = new Dictionary<string, IReadOnlyList<string>> { ["user-ian"] = ["Relations.Admin"] },
        });
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _server.Root };
    }

    [Fact]
    public async Task The_sign_in_page_lists_the_users_escaped_and_picking_one_returns_a_code_and_the_state_in_the_fragment()
    {
        var page = await _http.GetAsync(AuthorizeUrl());
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Ana &lt;b&gt;Lima&lt;/b&gt; (ana@fabrikam.example)", html);
        Assert.DoesNotContain("<b>Lima", html);
        Assert.Contains("value=\"user-ian\"", html);
        Assert.Contains("form-action 'self' " + Origin, page.Headers.GetValues("Content-Security-Policy").Single());

        var back = await PickAsync("user-ian");
        Assert.StartsWith(RedirectUri + "#code=", back.OriginalString);
        var response = Fragment(back);
        Assert.Equal("state-1", response["state"]);
        Assert.Equal(("user-ian", Directory), ClientInfo(response["client_info"]));
    }

    [Fact]
    public async Task A_code_redeemed_with_its_verifier_gives_tokens_for_the_apps_api_with_the_users_roles_and_the_nonce()
    {
        var code = Fragment(await PickAsync("user-ian"))["code"];

        var (status, body, cors) = await RedeemAsync(code, Verifier);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Origin, cors);
        var access = Claims(body.GetProperty("access_token").GetString()!);
        Assert.Equal((ClientId, Directory, "user-ian", "access_as_user"),
            (access.GetProperty("aud").GetString(), access.GetProperty("tid").GetString(), access.GetProperty("oid").GetString(), access.GetProperty("scp").GetString()));
        Assert.Equal(["Relations.Admin"], access.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal($"{_server.Root}{Directory}/v2.0", access.GetProperty("iss").GetString());
        Assert.True(_server.Entra.TryRead(body.GetProperty("access_token").GetString()!, _clock.GetUtcNow(), out _));
        var id = Claims(body.GetProperty("id_token").GetString()!);
        Assert.Equal(("nonce-1", ClientId, "ian@fabrikam.example"), (id.GetProperty("nonce").GetString(), id.GetProperty("aud").GetString(), id.GetProperty("preferred_username").GetString()));
        Assert.Equal(("user-ian", Directory), ClientInfo(body.GetProperty("client_info").GetString()!));
        Assert.Equal(("authorization_code", "user-ian"), (_server.Entra.Grants.Single().GrantType, _server.Entra.Grants.Single().UserObjectId));
    }

    [Fact]
    public async Task A_wrong_verifier_is_refused_and_burns_the_code()
    {
        var code = Fragment(await PickAsync("user-ana"))["code"];

        var (status, body, _) = await RedeemAsync(code, Verifier.Replace('d', 'e'));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("AADSTS501481", body.GetProperty("error_description").GetString());

        var (_, retry, _) = await RedeemAsync(code, Verifier);
        Assert.Contains("AADSTS54005", retry.GetProperty("error_description").GetString());
        Assert.Empty(_server.Entra.Grants);
    }

    [Fact]
    public async Task A_code_works_once()
    {
        var code = Fragment(await PickAsync("user-ana"))["code"];
        Assert.Equal(HttpStatusCode.OK, (await RedeemAsync(code, Verifier)).Status);

        var (status, body, _) = await RedeemAsync(code, Verifier);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
        Assert.Contains("AADSTS54005", body.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task A_code_expires_after_ten_minutes()
    {
        var code = Fragment(await PickAsync("user-ana"))["code"];
        _clock.Advance(TimeSpan.FromMinutes(11));

        var (status, body, _) = await RedeemAsync(code, Verifier);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("AADSTS70008", body.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task A_redirect_uri_not_registered_for_the_app_is_refused_on_the_page_never_redirected_to()
    {
        var evil = "https://evil.example/steal";
        var shown = await _http.GetAsync(AuthorizeUrl(redirectUri: evil));
        var picked = await _http.PostAsync($"/{Directory}/oauth2/v2.0/authorize", Form(evil, "user-ana"));

        foreach (var response in new[] { shown, picked })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Null(response.Headers.Location);
            Assert.Contains("AADSTS50011", await response.Content.ReadAsStringAsync());
        }
        Assert.Contains("AADSTS700016", await (await _http.GetAsync(AuthorizeUrl(clientId: Guid.NewGuid().ToString()))).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_code_redeemed_for_another_redirect_uri_is_refused()
    {
        var code = Fragment(await PickAsync("user-ana"))["code"];

        var (status, body, _) = await RedeemAsync(code, Verifier, redirectUri: Origin + "/admin.html");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("AADSTS50011", body.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task Without_a_PKCE_challenge_the_client_gets_an_error_back_instead_of_a_page()
    {
        var response = await _http.GetAsync(AuthorizeUrl(challenge: null));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var error = Fragment(response.Headers.Location!);
        Assert.Equal(("invalid_request", "state-1"), (error["error"], error["state"]));
        Assert.Contains("AADSTS9002325", error["error_description"]);
    }

    [Fact]
    public async Task Query_response_mode_puts_the_code_in_the_query()
    {
        var response = await _http.PostAsync($"/{Directory}/oauth2/v2.0/authorize", Form(RedirectUri, "user-ana", responseMode: "query"));

        Assert.StartsWith(RedirectUri + "?code=", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_refresh_token_gets_new_tokens_once_and_rotates()
    {
        var (_, first, _) = await RedeemAsync(Fragment(await PickAsync("user-ana"))["code"], Verifier);
        var refresh = first.GetProperty("refresh_token").GetString()!;

        var (status, second, _) = await TokenAsync(new() { ["grant_type"] = "refresh_token", ["client_id"] = ClientId, ["refresh_token"] = refresh, ["scope"] = Scope });
        var (again, replay, _) = await TokenAsync(new() { ["grant_type"] = "refresh_token", ["client_id"] = ClientId, ["refresh_token"] = refresh, ["scope"] = Scope });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("user-ana", Claims(second.GetProperty("access_token").GetString()!).GetProperty("oid").GetString());
        Assert.NotEqual(refresh, second.GetProperty("refresh_token").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, again);
        Assert.Equal("invalid_grant", replay.GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_token_endpoint_answers_script_only_from_a_registered_spa_origin_and_a_code_needs_a_cross_origin_request()
    {
        var allowed = await PreflightAsync(Origin);
        var refused = await PreflightAsync("https://evil.example");
        Assert.Equal((HttpStatusCode.NoContent, Origin), (allowed.StatusCode, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single()));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));

        var code = Fragment(await PickAsync("user-ana"))["code"];
        var (status, body, _) = await TokenAsync(new()
        {
            ["grant_type"] = "authorization_code", ["client_id"] = ClientId, ["code"] = code, ["redirect_uri"] = RedirectUri, ["code_verifier"] = Verifier, ["scope"] = Scope,
        }, origin: null);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("AADSTS9002327", body.GetProperty("error_description").GetString());
    }

    private string AuthorizeUrl(string clientId = ClientId, string redirectUri = RedirectUri, string? challenge = "set") =>
        $"/{Directory}/oauth2/v2.0/authorize?client_id={clientId}&redirect_uri={Uri.EscapeDataString(redirectUri)}&response_type=code&response_mode=fragment"
        + $"&scope={Uri.EscapeDataString(Scope)}&state=state-1&nonce=nonce-1&client_info=1"
        + (challenge is null ? "" : $"&code_challenge={Challenge(Verifier)}&code_challenge_method=S256");

    private static FormUrlEncodedContent Form(string redirectUri, string user, string responseMode = "fragment") => new(new Dictionary<string, string>
    {
        ["client_id"] = ClientId, ["redirect_uri"] = redirectUri, ["response_type"] = "code", ["response_mode"] = responseMode, ["scope"] = Scope,
        ["state"] = "state-1", ["nonce"] = "nonce-1", ["code_challenge"] = Challenge(Verifier), ["code_challenge_method"] = "S256", ["user"] = user,
    });

    // What the sign-in page's form posts when a user button is pressed (the page's own hidden fields, checked by the page test).
    private async Task<Uri> PickAsync(string user)
    {
        var response = await _http.PostAsync($"/{Directory}/oauth2/v2.0/authorize", Form(RedirectUri, user));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!;
    }

    private Task<(HttpStatusCode Status, JsonElement Body, string? Cors)> RedeemAsync(string code, string verifier, string redirectUri = RedirectUri) => TokenAsync(new()
    {
        ["grant_type"] = "authorization_code", ["client_id"] = ClientId, ["code"] = code, ["redirect_uri"] = redirectUri, ["code_verifier"] = verifier, ["scope"] = Scope,
    });

    private async Task<(HttpStatusCode Status, JsonElement Body, string? Cors)> TokenAsync(Dictionary<string, string> form, string? origin = Origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/{Directory}/oauth2/v2.0/token") { Content = new FormUrlEncodedContent(form) };
        if (origin is not null) request.Headers.Add("Origin", origin);
        using var response = await _http.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone(), response.Headers.TryGetValues("Access-Control-Allow-Origin", out var v) ? v.Single() : null);
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, $"/{Directory}/oauth2/v2.0/token");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return await _http.SendAsync(request);
    }

    private static Dictionary<string, string> Fragment(Uri location)
    {
        var text = location.OriginalString;
        var part = text[(text.IndexOfAny(['#', '?']) + 1)..];
        return part.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
    }

    private static string Challenge(string verifier) => EntraIssuer.Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private static JsonElement Claims(string jwt) => JsonDocument.Parse(Decode(jwt.Split('.')[1])).RootElement.Clone();

    private static (string? Uid, string? Utid) ClientInfo(string value)
    {
        using var json = JsonDocument.Parse(Decode(value));
        return (json.RootElement.GetProperty("uid").GetString(), json.RootElement.GetProperty("utid").GetString());
    }

    private static byte[] Decode(string part)
    {
        var text = part.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(text.PadRight(text.Length + (4 - text.Length % 4) % 4, '='));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }
}
