using Microsoft.Playwright;
using OutlookRelations.GraphEmulator.Identity;
using OutlookRelations.Server.Sync;
using static Microsoft.Playwright.Assertions;

namespace OutlookRelations.TaskPane.Tests;

/// <summary>
/// The pane against a server in Entra mode: it learns from /api/client-config that it must sign in,
/// gets a token from Office SSO (the shim stands in for Outlook) and sends it as a bearer token,
/// which the server validates against the emulator's Entra keys. Demo headers get nowhere.
/// </summary>
[Collection(nameof(PaneCollection))]
public sealed class EntraSignInTests(PaneFixture pane) : IAsyncLifetime
{
    private static readonly Guid Directory = Guid.Parse("7d3e1f2a-4b5c-4d6e-8f70-819203a4b5c6");
    private const string ClientId = "5b6f2d1e-8c3a-4f7b-9e2d-1a4c6b8d0e2f";
    private RelationsApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = new RelationsApp(pane.Emulator, PaneClock.OfTheMachine, settings: new Dictionary<string, string?>
        {
            ["Identity:Provider"] = "Entra",
            ["Entra:Instance"] = pane.Emulator.Root.ToString(),
            ["Entra:TenantId"] = Directory.ToString(),
            ["Entra:ClientId"] = ClientId,
        });
        _app.UseKestrel(0);
        _app.StartServer();
        await using var scope = _app.Services.CreateAsyncScope();
        var owners = await scope.ServiceProvider.GetRequiredService<DirectoryImport>().ImportAsync("Fabrikam", CancellationToken.None, Directory);
        foreach (var owner in owners) await _app.SyncAsync(owner);
    }

    private string TokenForAna()
    {
        var ana = pane.Emulator.Store.Mailboxes.Single(m => m.User.Mail == PaneFixture.Ana).User;
        return pane.Emulator.Entra.IssueToken(new TokenRequest(Directory.ToString(), ana.Id, ana.Mail, ClientId), DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Inside_Outlook_the_pane_signs_in_with_office_sso_and_shows_real_cards()
    {
        var page = await pane.OpenAsync("", inOutlook: true, server: _app.ClientOptions.BaseAddress, officeToken: TokenForAna());
        var sent = new List<string?>();
        page.Request += (_, request) => { if (request.Url.Contains("/api/sidebar")) sent.Add(request.Headers.GetValueOrDefault("authorization")); };
        await page.WaitForFunctionAsync("() => window.__shim.handlerRegistered");

        await page.EvaluateAsync($"() => window.__shim.setRecipients(['{PaneFixture.Carla.Address}'], [], [])");

        await Expect(page.Locator($"[data-email='{PaneFixture.Carla.Address}']")).ToContainTextAsync("Carla Reyes");
        Assert.Contains(sent, h => h is not null && h.StartsWith("Bearer ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_office_cannot_sign_in_the_pane_says_so_and_offers_a_retry()
    {
        var page = await pane.OpenAsync("", inOutlook: true, server: _app.ClientOptions.BaseAddress, officeToken: null);
        await page.WaitForFunctionAsync("() => window.__shim.handlerRegistered");

        await page.EvaluateAsync($"() => window.__shim.setRecipients(['{PaneFixture.Carla.Address}'], [], [])");

        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("could not sign you in");
        await Expect(alert.GetByRole(AriaRole.Button, new() { Name = "Retry" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_plain_browser_cannot_use_demo_identities_against_an_entra_server()
    {
        var page = await pane.OpenAsync($"preview={PaneFixture.Carla.Address}&demoUser={PaneFixture.Ana}", server: _app.ClientOptions.BaseAddress);

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Open OutlookRelations from Outlook");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();
}
