using OutlookRelations.Cli.Doctor;
using OutlookRelations.GraphEmulator.Hosting;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.Cli.Tests.Doctor;

/// <summary>`doctor` against a live Graph/Entra emulator: a sound configuration passes, broken ones name the setting.</summary>
public sealed class DoctorTests : IAsyncLifetime
{
    private const string ClientId = "5b6f2d1e-8c3a-4f7b-9e2d-1a4c6b8d0e2f";
    private readonly string _folder = Directory.CreateTempSubdirectory("doctor-").FullName;
    private GraphEmulatorServer _emulator = null!;

    public async Task InitializeAsync()
    {
        var store = new EmulatorStore();
        store.AddMailbox(new EmulatedUser("0f1e2d3c-4b5a-4697-8887-766554433221", "Ana", "ana@fabrikam.example"));
        _emulator = await GraphEmulatorServer.StartAsync(store);
    }

    private string[] Settings(params string[] overrides)
    {
        var all = new Dictionary<string, string>
        {
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "relations.db")}",
            ["Identity:Provider"] = "Entra",
            ["Entra:Instance"] = _emulator.Root.ToString(),
            ["Entra:TenantId"] = "0b5c4e7a-1d2f-4a3b-8c9d-0e1f2a3b4c5d",
            ["Entra:ClientId"] = ClientId,
            ["Entra:ApplicationIdUri"] = $"api://relations.fabrikam.example/{ClientId}",
            ["Graph:BaseUrl"] = _emulator.GraphBaseUrl,
        };
        foreach (var pair in overrides.Select(o => o.Split('=', 2))) all[pair[0]] = pair[1];
        return [.. all.Select(p => $"--{p.Key}={p.Value}")];
    }

    private static async Task<(int Code, string Output)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await DoctorCommand.RunAsync(args, output, errors);
        return (code, output + errors.ToString());
    }

    [Fact]
    public async Task A_sound_configuration_passes_every_check()
    {
        var (code, output) = await RunAsync(Settings());

        Assert.True(code == 0, output);
        Assert.Contains("ok    database: SQLite", output);
        Assert.Contains("ok    sign-in: Entra ID metadata", output);
        Assert.Contains("1 signing key(s)", output);
        Assert.Contains("ok    graph:", output);
        Assert.Contains("ok    mail access: the built-in emulator grants full mail access", output);
        Assert.Contains("everything checked is in order", output);
    }

    [Fact]
    public async Task A_settings_file_is_read_like_the_server_reads_it()
    {
        var file = Path.Combine(_folder, "appsettings.json");
        await File.WriteAllTextAsync(file, $$"""{ "Entra": { "ClientId": "not-a-guid" } }""");

        var (code, output) = await RunAsync([.. Settings().Where(a => !a.StartsWith("--Entra:ClientId", StringComparison.Ordinal)), "--settings", file]);

        Assert.Equal(1, code);
        Assert.Contains("Entra:ClientId is 'not-a-guid'", output);
    }

    [Fact]
    public async Task Broken_settings_are_each_named_with_what_to_do()
    {
        var (code, output) = await RunAsync(Settings(
            $"Storage:ConnectionString=Data Source={Path.Combine(_folder, "missing", "relations.db")}",
            "Entra:ApplicationIdUri=api://relations.fabrikam.example/11111111-2222-3333-4444-555555555555",
            "Graph:BaseUrl=http://127.0.0.1:9/v1.0"));

        Assert.Equal(1, code);
        Assert.Contains("FIX   database: the folder", output);
        Assert.Contains("does not end with the client id", output);
        Assert.Contains("FIX   graph: cannot reach http://127.0.0.1:9/v1.0", output);
        Assert.Contains("3 thing(s) to fix", output);
    }

    [Fact]
    public async Task A_postgres_database_that_cannot_be_reached_is_named_with_what_to_check()
    {
        var (code, output) = await RunAsync(Settings("Storage:Provider=Postgres", "ConnectionStrings:Postgres=Host=127.0.0.1;Port=9;Database=relations;Username=relations"));

        Assert.Equal(1, code);
        Assert.Contains("FIX   database: cannot open PostgreSQL", output);
        Assert.Contains("Check ConnectionStrings:Postgres", output);
        var (_, missing) = await RunAsync(Settings("Storage:Provider=Postgres"));
        Assert.Contains("ConnectionStrings:Postgres is not set", missing);
    }

    [PostgresFact]
    [Trait("Category", "Postgres")]
    public async Task A_reachable_postgres_database_passes()
    {
        var server = TemporaryPostgres.Server;
        var (code, output) = await RunAsync(Settings("Storage:Provider=Postgres", $"ConnectionStrings:Postgres={server}"));
        Assert.True(code == 0, output);
        Assert.Contains("ok    database: PostgreSQL", output);
    }

    [Fact]
    public async Task A_real_graph_without_a_credential_says_which_setting_is_missing()
    {
        var (code, output) = await RunAsync(Settings("Graph:BaseUrl=https://graph.microsoft.com/v1.0"));

        Assert.Equal(1, code);
        Assert.Contains("Neither Graph:ClientSecret nor Graph:CertificatePath is set", output);
    }

    [Fact]
    public async Task An_unreachable_login_host_is_reported()
    {
        var (code, output) = await RunAsync(Settings("Entra:Instance=http://127.0.0.1:9/"));

        Assert.Equal(1, code);
        Assert.Contains("cannot read Entra ID metadata", output);
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
