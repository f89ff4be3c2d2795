using OutlookRelations.GraphEmulator.Identity;
using OutlookRelations.Server.GraphAccess;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Sync;
using OutlookRelations.Server.Tests.Identity;

namespace OutlookRelations.Server.Tests.GraphAccess;

/// <summary>
/// Sending as the tenant's sender mailbox with the app's own credential, against an HTTPS emulator
/// that takes only its Entra ID's tokens, where Exchange scoped the app's Mail.Send to that mailbox.
/// </summary>
public sealed class GraphMailSenderTests : IAsyncLifetime
{
    private const string Secret = "app-secret-from-the-environment";
    private readonly string _folder = Directory.CreateTempSubdirectory("outlookrelations-sendmail-").FullName;
    private GraphEmulatorServer _emulator = null!;
    private RelationsApp _app = null!;
    private MailboxOwner _ana = null!;
    private Mailbox _sender = null!;

    public async Task InitializeAsync()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        _sender = MailboxBuilder.AddUser(store, "relations");
        _emulator = await GraphEmulatorServer.StartHttpsAsync(store);
        _emulator.Entra.RequireGraphTokens = true;
        _emulator.Entra.RegisterApp(new EmulatedApp(EntraFixture.ClientId)
        {
            Secret = Secret,
            ApplicationIdUri = EntraFixture.ApplicationIdUri,
            GraphRoles = ["User.Read.All", "Mail.Read", "Calendars.Read", "Mail.Send"],
            SendAsOnly = [_sender.User.Mail],
        });
        var settings = EntraFixture.Settings(_emulator, EntraFixture.Directory.ToString());
        settings["Graph:BaseUrl"] = _emulator.GraphBaseUrl;
        settings["Graph:TrustedCertificatePath"] = EmulatorCertificate.WritePublicPem(_emulator.TlsCertificate!, Path.Combine(_folder, "emulator.pem"));
        settings["Graph:ClientSecret"] = Secret;
        _app = new RelationsApp(_emulator, settings: settings);
        await using var scope = _app.Services.CreateAsyncScope();
        var owners = await scope.ServiceProvider.GetRequiredService<DirectoryImport>().ImportAsync("Fabrikam", CancellationToken.None, EntraFixture.Directory);
        _ana = owners.Single(o => o.Email == ana.User.Mail);
    }

    private async Task SendAsync(string from)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<GraphMailSender>()
            .SendAsync(_ana.TenantId, from, new OutgoingMail(_ana.Email, "Worth a note today", "<p>Carla</p>"), CancellationToken.None);
    }

    [Fact]
    public async Task It_sends_as_the_sender_mailbox_with_an_app_only_token_and_keeps_nothing_in_Sent_Items()
    {
        await SendAsync(_sender.User.Mail);

        var sent = Assert.Single(_emulator.Store.Sent.All);
        Assert.Equal((_sender.User.Mail, _ana.Email, "Worth a note today", "html", "<p>Carla</p>", false),
            (sent.From, sent.To.Single(), sent.Subject, sent.ContentType, sent.Body, sent.SavedToSentItems));
        Assert.Contains(_emulator.Entra.Grants, g => g.GrantType == "client_credentials");
    }

    [Fact]
    public async Task A_mailbox_outside_the_apps_scope_or_one_that_does_not_exist_fails_with_what_to_do()
    {
        var outside = await Assert.ThrowsAsync<MailNotSentException>(() => SendAsync(_ana.Email));
        var missing = await Assert.ThrowsAsync<MailNotSentException>(() => SendAsync("nobody@fabrikam.example"));

        Assert.StartsWith($"Graph refused to send as {_ana.Email}: give the app Mail.Send for that mailbox", outside.Message, StringComparison.Ordinal);
        Assert.StartsWith("Graph has no mailbox nobody@fabrikam.example", missing.Message, StringComparison.Ordinal);
        Assert.Empty(_emulator.Store.Sent.All);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _emulator.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
