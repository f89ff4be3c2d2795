using OutlookRelations.GraphEmulator.Identity;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Tests.Identity;

/// <summary>
/// The server in Entra mode against the emulator's login host: a single-tenant app for directory
/// <see cref="Directory"/>, with Ana (a user) and Ian (an admin) onboarded as mailboxes.
/// </summary>
public sealed class EntraFixture : IAsyncLifetime
{
    public static readonly Guid Directory = Guid.Parse("0b5c4e7a-1d2f-4a3b-8c9d-0e1f2a3b4c5d");
    public const string ClientId = "5b6f2d1e-8c3a-4f7b-9e2d-1a4c6b8d0e2f";
    public const string ApplicationIdUri = "api://relations.fabrikam.example/" + ClientId;

    private GraphEmulatorServer _emulator = null!;
    public RelationsApp App { get; private set; } = null!;
    public Mailbox Ana { get; private set; } = null!;
    public Mailbox Ian { get; private set; } = null!;
    public EntraIssuer Issuer => _emulator.Entra;

    public async Task InitializeAsync()
    {
        var store = new EmulatorStore();
        Ana = MailboxBuilder.AddUser(store, "ana");
        Ian = MailboxBuilder.AddUser(store, "ian");
        _emulator = await GraphEmulatorServer.StartAsync(store);
        App = new RelationsApp(_emulator, settings: Settings(_emulator, Directory.ToString()));
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DirectoryImport>().ImportAsync("Fabrikam", CancellationToken.None, Directory);
    }

    public static Dictionary<string, string?> Settings(GraphEmulatorServer emulator, string tenant) => new()
    {
        ["Identity:Provider"] = "Entra",
        ["Entra:Instance"] = emulator.Root.ToString(),
        ["Entra:TenantId"] = tenant,
        ["Entra:ClientId"] = ClientId,
        ["Entra:ApplicationIdUri"] = ApplicationIdUri,
    };

    /// <summary>A token as Entra would issue it for <paramref name="user"/>, changed by <paramref name="change"/>.</summary>
    public string TokenFor(Mailbox user, Func<TokenRequest, TokenRequest>? change = null, DateTimeOffset? now = null, EntraIssuer? issuer = null)
    {
        var request = new TokenRequest(Directory.ToString(), user.User.Id, user.User.Mail, ClientId);
        return (issuer ?? Issuer).IssueToken(change is null ? request : change(request), now ?? TestClock.Origin);
    }

    public HttpClient ClientWith(string? token)
    {
        var client = App.CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await _emulator.DisposeAsync();
    }
}

[CollectionDefinition(nameof(EntraCollection))]
public sealed class EntraCollection : ICollectionFixture<EntraFixture>;
