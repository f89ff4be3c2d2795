using Microsoft.Graph.Models.ODataErrors;
using OutlookRelations.GraphEmulator.Identity;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.GraphEmulator.Sources;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Sync;
using OutlookRelations.Server.Tests.Identity;

namespace OutlookRelations.Server.Tests.GraphAccess;

/// <summary>
/// A tenant that granted Graph's Mail.ReadBasic.All and not Mail.Read, against an HTTPS emulator
/// whose Graph takes only its Entra ID's tokens and withholds message text from such an app, as Graph
/// does. In metadata-only mode every message and figure is read; in full mode Graph refuses the sync.
/// </summary>
public sealed class MailReadBasicTests : IAsyncLifetime
{
    private const string Secret = "app-secret-from-the-environment";
    private readonly string _folder = Directory.CreateTempSubdirectory("outlookrelations-readbasic-").FullName;
    private GraphEmulatorServer _emulator = null!;
    private Mailbox _ana = null!;
    private string _trustedPem = null!;

    public async Task InitializeAsync()
    {
        var store = new EmulatorStore();
        _ana = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(_ana, 12, contacts: 3);
        _ana.Inbox.Upsert(MailboxBuilder.Message(_ana, "leo", new EmailAddress("Carla", "carla@contoso.example"), new EmailAddress("Ana", _ana.User.Mail),
            TestClock.Origin.AddDays(-2), body: "My son Leo turns ten next month. Could you send the revised quote by Friday?"));
        _emulator = await GraphEmulatorServer.StartHttpsAsync(store);
        _emulator.Entra.RequireGraphTokens = true;
        _emulator.Entra.RegisterApp(new EmulatedApp(EntraFixture.ClientId)
        {
            Secret = Secret,
            ApplicationIdUri = EntraFixture.ApplicationIdUri,
            GraphRoles = ["User.Read.All", "Mail.ReadBasic.All", "Calendars.Read"],
        });
        _trustedPem = EmulatorCertificate.WritePublicPem(_emulator.TlsCertificate!, Path.Combine(_folder, "emulator.pem"));
    }

    [Fact]
    public async Task In_metadata_only_mode_every_message_and_figure_is_read_and_nothing_is_remembered()
    {
        await using var app = App();
        var ana = await OnboardAsync(app);
        await app.ReadAsAsync(ana, async db =>
        {
            db.TenantSettings.Add(new TenantSettings { TenantId = ana.TenantId, MetadataOnly = true });
            return await db.SaveChangesAsync();
        });

        await app.SyncAsync(ana);

        var (messages, fromContacts, details, questions) = await app.ReadAsAsync(ana, async db => (
            await db.Interactions.CountAsync(),
            await db.Contacts.SumAsync(c => c.MessagesFromContact),
            await db.ContactDetails.CountAsync(),
            await db.Interactions.CountAsync(i => i.Question != null)));
        Assert.Equal(13, messages);
        Assert.True(fromContacts > 0, "the figures are counted from metadata alone");
        Assert.Equal((0, 0), (details, questions));
    }

    [Fact]
    public async Task In_full_mode_Graph_refuses_the_bodies_and_no_mail_is_stored()
    {
        await using var app = App();
        var ana = await OnboardAsync(app);

        var error = await Assert.ThrowsAsync<ODataError>(() => app.SyncAsync(ana));

        Assert.Equal(403, error.ResponseStatusCode);
        Assert.Equal("ErrorAccessDenied", error.Error?.Code);
        Assert.Contains("turn on metadata-only mode", GraphFailure.Describe(error), StringComparison.Ordinal);
        Assert.Equal(0, await app.ReadAsAsync(ana, db => db.Interactions.CountAsync()));
    }

    private RelationsApp App()
    {
        var settings = EntraFixture.Settings(_emulator, EntraFixture.Directory.ToString());
        settings["Graph:BaseUrl"] = _emulator.GraphBaseUrl;
        settings["Graph:TrustedCertificatePath"] = _trustedPem;
        settings["Graph:ClientSecret"] = Secret;
        return new RelationsApp(_emulator, settings: settings);
    }

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
