using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Benchmarks;

/// <summary>
/// The real server in demo mode, in-process, on its own SQLite file (or the given PostgreSQL), synced
/// from an emulator. Its SQLite file is deleted afterwards, unless the caller named it (<paramref name="sqliteFile"/>):
/// then the file is the caller's.
/// </summary>
internal sealed class BenchmarkServer(GraphEmulatorServer emulator, IDictionary<string, string?> settings, string? sqliteFile = null) : WebApplicationFactory<Program>
{
    private readonly string _sqlite = sqliteFile ?? Path.Combine(Path.GetTempPath(), $"outlookrelations-bench-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // An executable, unlike a test project, gets no content-root manifest from Mvc.Testing.
        builder.UseContentRoot(Path.Combine(OutlookRelations.Testing.RepositoryPaths.Root!, "src", "OutlookRelations.Server"));
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    /// <summary>Everything this server is configured with: demo mode on its database, no job server, quiet logs.</summary>
    public IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var all = new Dictionary<string, string?>
            {
                ["Demo:Enabled"] = "true", ["Demo:SyncOnStart"] = "false", ["Demo:DefaultUser"] = "",
                ["Storage:ConnectionString"] = $"Data Source={_sqlite}", ["Storage:ResetOnStart"] = "false",
                ["Jobs:RunServer"] = "false", ["Graph:BaseUrl"] = emulator.GraphBaseUrl, ["Logging:LogLevel:Default"] = "Warning",
            };
            foreach (var (key, value) in settings) all[key] = value;
            return all;
        }
    }

    public async Task<MailboxOwner> ImportSingleOwnerAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<DirectoryImport>().ImportAsync("Bench", CancellationToken.None)).Single();
    }

    public async Task SyncAsync(MailboxOwner owner)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MailboxSync>().SyncAsync(owner.Id, CancellationToken.None);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (sqliteFile is not null) return;
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_sqlite + suffix);
    }
}
