using OutlookRelations.GraphEmulator.Identity;
using OutlookRelations.Server.Sync;
using OutlookRelations.Server.Tests.Identity;

namespace OutlookRelations.Server.Tests.Hosting;

/// <summary>A running server, a client signed in as a user holding every role, and what to dispose after.</summary>
public sealed class BadInputTarget(RelationsApp app, HttpClient client, params IAsyncDisposable[] others) : IAsyncDisposable
{
    public RelationsApp App { get; } = app;
    public HttpClient Client { get; } = client;

    /// <summary>
    /// Development as the demo runs it: demo sign-in, SQLite. Ana holds both roles, so role-restricted
    /// endpoints read their input instead of refusing before it.
    /// </summary>
    public static async Task<BadInputTarget> DevelopmentAsync()
    {
        var (store, ana) = Tenant();
        var emulator = await GraphEmulatorServer.StartAsync(store);
        var app = new RelationsApp(emulator, settings: new Dictionary<string, string?> { ["Demo:Managers:0"] = ana.User.Mail, ["Demo:Admins:0"] = ana.User.Mail });
        foreach (var owner in await app.ImportDirectoryAsync()) await app.SyncAsync(owner);
        return new BadInputTarget(app, app.ClientAs(ana.User.Mail), emulator);
    }

    /// <summary>
    /// Production as an operator runs it: Entra ID bearer tokens (with both app roles), PostgreSQL,
    /// Graph over HTTPS with the app's own credential. Needs OUTLOOKRELATIONS_TEST_POSTGRES.
    /// </summary>
    public static async Task<BadInputTarget> ProductionAsync()
    {
        const string secret = "bad-input-secret";
        var (store, ana) = Tenant();
        var emulator = await GraphEmulatorServer.StartHttpsAsync(store);
        emulator.Entra.RegisterApp(new EmulatedApp(EntraFixture.ClientId) { Secret = secret });
        var pem = EmulatorCertificate.WritePublicPem(emulator.TlsCertificate!, Path.Combine(Path.GetTempPath(), $"bad-input-{Guid.NewGuid():N}.pem"));
        var database = await TemporaryPostgres.CreateAsync();
        var settings = EntraFixture.Settings(emulator, EntraFixture.Directory.ToString());
        foreach (var (key, value) in database.Settings()) settings[key] = value;
        settings["Demo:Enabled"] = "false";
        settings["Graph:ClientSecret"] = secret;
        settings["Graph:TrustedCertificatePath"] = pem;
        var app = new RelationsApp(emulator, settings: settings, environment: "Production");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            foreach (var owner in await scope.ServiceProvider.GetRequiredService<DirectoryImport>().ImportAsync("Fabrikam", CancellationToken.None, EntraFixture.Directory))
                await app.SyncAsync(owner);
        }

        var token = emulator.Entra.IssueToken(new TokenRequest(EntraFixture.Directory.ToString(), ana.User.Id, ana.User.Mail, EntraFixture.ClientId)
            { Roles = ["Relations.Manager", "Relations.Admin"] }, TestClock.Origin);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return new BadInputTarget(app, client, database, emulator);
    }

    // Ana's mailbox with a few customers and a meeting: the queries behind each endpoint have rows to read.
    private static (EmulatorStore Store, Mailbox Ana) Tenant()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.AddUser(store, "bo");
        MailboxBuilder.Fill(ana, 60, contacts: 6);
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "review", MailboxBuilder.Start.AddDays(2), MailboxBuilder.Contact(1)));
        return (store, ana);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        foreach (var other in others) await other.DisposeAsync();
    }
}
