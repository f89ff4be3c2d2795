using Azure.Identity;
using OutlookRelations.GraphEmulator.Identity;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.GraphEmulator.Sources;
using OutlookRelations.Server.Identity;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Sync;
using OutlookRelations.Server.Tests.Identity;

namespace OutlookRelations.Server.Tests.GraphAccess;

/// <summary>
/// The server's own Graph credentials through Azure.Identity, against an HTTPS emulator whose Graph
/// takes only tokens its Entra ID issued: app-only (secret or certificate) for sync, on-behalf-of
/// the signed-in manager for the team list. The emulator's self-signed certificate is trusted by
/// exact match (Graph:TrustedCertificatePath), never by turning checks off.
/// </summary>
public sealed class GraphCredentialsTests : IAsyncLifetime
{
    private const string Secret = "app-secret-from-the-environment";
    private readonly string _folder = Directory.CreateTempSubdirectory("outlookrelations-credentials-").FullName;
    private GraphEmulatorServer _emulator = null!;
    private Mailbox _ana = null!;
    private string _trustedPem = null!;
    private string _appCertificatePem = null!;

    public async Task InitializeAsync()
    {
        var store = new EmulatorStore();
        _ana = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(_ana, 12);
        store.AddMailbox(new EmulatedUser(StableId.Guid("bo@fabrikam.example"), "Bo", "bo@fabrikam.example", ManagerId: _ana.User.Id));
        _emulator = await GraphEmulatorServer.StartHttpsAsync(store);
        _emulator.Entra.RequireGraphTokens = true;
        var certificate = EmulatorCertificate.ForApp("OutlookRelations");
        _emulator.Entra.RegisterApp(new EmulatedApp(EntraFixture.ClientId) { Secret = Secret, Certificate = certificate, ApplicationIdUri = EntraFixture.ApplicationIdUri });
        _trustedPem = EmulatorCertificate.WritePublicPem(_emulator.TlsCertificate!, Path.Combine(_folder, "emulator.pem"));
        _appCertificatePem = EmulatorCertificate.WritePemWithKey(certificate, Path.Combine(_folder, "app.pem"));
    }

    [Theory]
    [InlineData("secret")]
    [InlineData("certificate")]
    public async Task Sync_reads_the_mailbox_with_an_app_only_token_for_the_tenants_directory(string proof)
    {
        await using var app = App(proof == "secret" ? ("Graph:ClientSecret", Secret) : ("Graph:CertificatePath", _appCertificatePem));
        var ana = await OnboardAsync(app);

        await app.SyncAsync(ana);

        Assert.Equal(12, await app.ReadAsAsync(ana, db => db.Interactions.CountAsync()));
        var grant = Assert.Single(_emulator.Entra.Grants); // one token for onboarding and every page: MSAL caches it
        Assert.Equal(("client_credentials", proof, EntraFixture.Directory.ToString()), (grant.GrantType, grant.ClientProof, grant.TenantId));
    }

    [Fact]
    public async Task A_wrong_secret_fails_onboarding_with_Entras_reason_and_stores_nothing()
    {
        await using var app = App(("Graph:ClientSecret", "not-the-secret"));
        await using var scope = app.Services.CreateAsyncScope();

        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() =>
            scope.ServiceProvider.GetRequiredService<DirectoryImport>().ImportAsync("Fabrikam", CancellationToken.None, EntraFixture.Directory));

        Assert.Contains("AADSTS7000215", error.InnerException!.Message);
        Assert.False(await scope.ServiceProvider.GetRequiredService<RelationsDbContext>().Tenants.AnyAsync());
    }

    [Fact]
    public async Task Without_trusting_the_emulators_certificate_nothing_is_sent()
    {
        await using var app = App(("Graph:ClientSecret", Secret), ("Graph:TrustedCertificatePath", null));
        await using var scope = app.Services.CreateAsyncScope();
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            scope.ServiceProvider.GetRequiredService<DirectoryImport>().ImportAsync("Fabrikam", CancellationToken.None, EntraFixture.Directory));
        Assert.Contains("SSL", error.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_emulator.Entra.Grants);
    }

    [Fact]
    public async Task The_team_list_is_asked_of_Graph_on_behalf_of_the_signed_in_manager()
    {
        await using var app = App(("Graph:ClientSecret", Secret));
        await OnboardAsync(app);
        var token = _emulator.Entra.IssueToken(new TokenRequest(EntraFixture.Directory.ToString(), _ana.User.Id, _ana.User.Mail, EntraFixture.ClientId)
        {
            Roles = [Roles.Manager],
        }, TestClock.Origin);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var team = await client.GetFromJsonAsync<JsonElement>("/api/reports/team");

        Assert.Equal(["bo@fabrikam.example"], team.EnumerateArray().Select(m => m.GetProperty("email").GetString()));
        var onBehalf = Assert.Single(_emulator.Entra.Grants, g => g.GrantType == "on_behalf_of");
        Assert.Equal(_ana.User.Id, onBehalf.UserObjectId);
    }

    private RelationsApp App(params (string Key, string? Value)[] credential)
    {
        var settings = EntraFixture.Settings(_emulator, EntraFixture.Directory.ToString());
        settings["Graph:BaseUrl"] = _emulator.GraphBaseUrl;
        settings["Graph:TrustedCertificatePath"] = _trustedPem;
        foreach (var (key, value) in credential) settings[key] = value;
        return new RelationsApp(_emulator, settings: settings);
    }

    /// <summary>Onboards the directory as `OutlookRelations.Server onboard` does.</summary>
    private async Task<MailboxOwner> OnboardAsync(RelationsApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var owners = await scope.ServiceProvider.GetRequiredService<DirectoryImport>().ImportAsync("Fabrikam", CancellationToken.None, EntraFixture.Directory);
        return owners.Single(o => o.Email == _ana.User.Mail);
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
