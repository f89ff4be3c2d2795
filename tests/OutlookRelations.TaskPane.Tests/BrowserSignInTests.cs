using Microsoft.Playwright;
using OutlookRelations.GraphEmulator.Identity;
using OutlookRelations.Server.Sync;
using static Microsoft.Playwright.Assertions;

namespace OutlookRelations.TaskPane.Tests;

/// <summary>
/// The reports and admin pages in a plain browser (no Office) against a server in Entra mode: MSAL
/// redirects to the emulated Entra ID's sign-in page, the user picks an account, the browser comes
/// back with a code that MSAL redeems (PKCE, from the page's origin, under the server's CSP), and the
/// page shows that user's data, fetched with the bearer token the server validated. The emulator is
/// HTTPS (MSAL refuses any other authority), the server trusts exactly its certificate, and the
/// admin role comes from the emulated app-role assignment, as Entra puts it in the token.
/// </summary>
[Collection(nameof(PaneCollection))]
public sealed class BrowserSignInTests(PaneFixture pane) : IAsyncLifetime
{
    private static readonly Guid Directory = Guid.Parse("3c1e5a7b-9d2f-4e6a-8b1c-2d3e4f5a6b7c");
    private const string ClientId = "8e2a4c6d-1b3f-4a5c-9d7e-0f1a2b3c4d5e";
    private readonly string _pem = Path.Combine(Path.GetTempPath(), $"browser-sign-in-{Guid.NewGuid():N}.pem");
    private GraphEmulatorServer _emulator = null!;
    private RelationsApp _app = null!;
    private Mailbox _ana = null!;
    private Mailbox _ian = null!;
    private Uri _server = null!;
    private readonly List<IBrowserContext> _contexts = [];

    public async Task InitializeAsync()
    {
        var store = new EmulatorStore();
        _ana = MailboxBuilder.AddUser(store, "ana");
        _ian = MailboxBuilder.AddUser(store, "ian");
        MailboxBuilder.Fill(_ana, 12, contacts: 3);
        _emulator = await GraphEmulatorServer.StartHttpsAsync(store);
        _app = new RelationsApp(_emulator, PaneClock.OfTheMachine, settings: new Dictionary<string, string?>
        {
            ["Identity:Provider"] = "Entra",
            ["Entra:Instance"] = _emulator.Root.ToString(),
            ["Entra:TenantId"] = Directory.ToString(),
            ["Entra:ClientId"] = ClientId,
            ["Graph:TrustedCertificatePath"] = EmulatorCertificate.WritePublicPem(_emulator.TlsCertificate!, _pem),
        });
        _app.UseKestrel(0);
        _app.StartServer();
        _server = _app.ClientOptions.BaseAddress;
        // The app registration as docs/deploy.md asks for it: both pages are SPA redirect URIs; Ian holds Relations.Admin.
        _emulator.Entra.RegisterApp(new EmulatedApp(ClientId)
        {
            SpaRedirectUris = [new Uri(_server, "/reports.html").ToString(), new Uri(_server, "/admin.html").ToString()],
            UserRoles = new Dictionary<string, IReadOnlyList<string>> { [_ian.User.Id] = ["Relations.Admin"] },
        });
        await using var scope = _app.Services.CreateAsyncScope();
        var owners = await scope.ServiceProvider.GetRequiredService<DirectoryImport>().ImportAsync("Fabrikam", CancellationToken.None, Directory);
        foreach (var owner in owners) await _app.SyncAsync(owner);
    }

    [Fact]
    public async Task The_reports_page_redirects_to_entra_and_comes_back_signed_in_as_the_picked_user()
    {
        var (page, authorizations) = await OpenAsync("reports.html");

        var authorize = await SignInAsync(page, _ana);

        await Expect(page.GetByText("New report for ana")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Whose relationships").Locator("option")).ToHaveTextAsync(["My relationships"]); // no app role
        Assert.Equal(new Uri(_server, "/reports.html").ToString(), page.Url);
        Assert.Equal(("code", "fragment", "S256"), (authorize["response_type"], authorize["response_mode"], authorize["code_challenge_method"]));
        var token = BearerClaims(authorizations, "/api/me");
        Assert.Equal((_ana.User.Id, ClientId, Directory.ToString()), (token.GetProperty("oid").GetString(), token.GetProperty("aud").GetString(), token.GetProperty("tid").GetString()));
        Assert.Contains(_emulator.Entra.Grants, g => g is { GrantType: "authorization_code", ClientProof: "pkce" } && g.UserObjectId == _ana.User.Id);
    }

    [Fact]
    public async Task An_admin_signs_in_on_the_admin_page_and_sees_the_data_controls()
    {
        var (page, authorizations) = await OpenAsync("admin.html");

        await SignInAsync(page, _ian);

        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Anniversary" })).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save settings" })).ToBeEnabledAsync();
        var token = BearerClaims(authorizations, "/api/admin/settings");
        Assert.Equal(_ian.User.Id, token.GetProperty("oid").GetString());
        Assert.Equal(["Relations.Admin"], token.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        // Hangfire's dashboard is a plain navigation: the sign-in reaches it through the cookie the admin page asks for.
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the job dashboard" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(_server, "/jobs").ToString());
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("OutlookRelations jobs"));
    }

    [Fact]
    public async Task Without_signing_in_the_job_dashboard_refuses_a_browser()
    {
        var context = await pane.Browser.NewContextAsync();
        _contexts.Add(context);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(new Uri(_server, "/jobs").ToString());

        Assert.Equal(401, response!.Status);
    }

    [Fact]
    public async Task Someone_without_the_admin_role_signs_in_on_the_admin_page_and_is_refused_by_the_server()
    {
        var (page, authorizations) = await OpenAsync("admin.html");

        await SignInAsync(page, _ana);

        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Anniversary" })).Not.ToBeVisibleAsync();
        Assert.False(BearerClaims(authorizations, "/api/admin/settings").TryGetProperty("roles", out _));
    }

    // A fresh browser profile (nothing cached by MSAL) that accepts the emulator's self-signed certificate.
    private async Task<(IPage Page, List<(string Url, string? Authorization)> Authorizations)> OpenAsync(string pageName)
    {
        var context = await pane.Browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true, ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        var authorizations = new List<(string, string?)>();
        page.Request += (_, request) =>
        {
            if (request.Url.StartsWith(new Uri(_server, "/api/").ToString(), StringComparison.Ordinal))
                lock (authorizations) authorizations.Add((request.Url, request.Headers.GetValueOrDefault("authorization")));
        };
        await page.GotoAsync(new Uri(_server, $"/{pageName}").ToString());
        return (page, authorizations);
    }

    /// <summary>Waits for MSAL's redirect to the emulator, picks the user there, and returns the authorize request's parameters.</summary>
    private async Task<Dictionary<string, string>> SignInAsync(IPage page, Mailbox user)
    {
        await page.WaitForURLAsync(url => url.StartsWith(_emulator.Root.ToString(), StringComparison.Ordinal) && url.Contains("/oauth2/v2.0/authorize"));
        var query = new Uri(page.Url).Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        await page.GetByRole(AriaRole.Button, new() { Name = $"{user.User.DisplayName} ({user.User.Mail})" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(_server.ToString(), StringComparison.Ordinal));
        return query;
    }

    private static JsonElement BearerClaims(List<(string Url, string? Authorization)> authorizations, string path)
    {
        string? header;
        lock (authorizations) header = authorizations.LastOrDefault(a => new Uri(a.Url).AbsolutePath == path && a.Authorization is not null).Authorization;
        Assert.NotNull(header);
        Assert.StartsWith("Bearer ", header, StringComparison.Ordinal);
        var payload = header["Bearer ".Length..].Split('.')[1].Replace('-', '+').Replace('_', '/');
        return JsonDocument.Parse(Convert.FromBase64String(payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '='))).RootElement.Clone();
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.DisposeAsync();
        await _app.DisposeAsync();
        await _emulator.DisposeAsync();
        File.Delete(_pem);
    }
}
