using Npgsql;
using OutlookRelations.GraphEmulator.Identity;
using OutlookRelations.Server.Tests.Identity;

namespace OutlookRelations.Server.Tests.Postgres;

/// <summary>
/// Production mode as an operator runs it, in separate processes: `onboard` imports the directory
/// through Graph with the app's own credential (Azure.Identity, HTTPS), then two server instances
/// share the work on one PostgreSQL. The first is killed with SIGKILL mid-sync; the second waits out
/// its lease and its jobs' invisibility and finishes every mailbox, each message stored once.
/// </summary>
[Trait("Category", "Postgres")]
[Collection(nameof(PostgresCollection))]
public sealed class ProductionProcessTests
{
    private const string Secret = "production-secret";
    private const int Mailboxes = 6;

    [PostgresFact]
    public async Task Onboarded_mailboxes_sync_in_production_mode_and_a_killed_instance_loses_nothing()
    {
        var store = new EmulatorStore();
        var mailboxes = Enumerable.Range(0, Mailboxes).Select(i => MailboxBuilder.AddUser(store, $"user{i}")).ToList();
        foreach (var mailbox in mailboxes) MailboxBuilder.Fill(mailbox, 300, contacts: 25);
        await using var emulator = await GraphEmulatorServer.StartHttpsAsync(store);
        emulator.Entra.RequireGraphTokens = true;
        emulator.Entra.RegisterApp(new EmulatedApp(EntraFixture.ClientId) { Secret = Secret });
        // Slow pages, so the first instance is surely in the middle of syncing when it is killed.
        emulator.Faults.Add(new FaultRule { StatusCode = 0, Delay = TimeSpan.FromMilliseconds(300), Times = int.MaxValue, PathContains = "delta" });
        var folder = Directory.CreateTempSubdirectory("outlookrelations-production-").FullName;
        await using var database = await TemporaryPostgres.CreateAsync();
        var environment = Environment(emulator, database, EmulatorCertificate.WritePublicPem(emulator.TlsCertificate!, Path.Combine(folder, "graph.pem")));

        await using (var onboard = ServerProcess.Start(environment, "onboard", "--directory", EntraFixture.Directory.ToString()))
        {
            Assert.Equal(0, await onboard.WaitForExitAsync(TimeSpan.FromSeconds(90)));
            Assert.Contains($"{Mailboxes} mailboxes; their first sync is queued", onboard.Output);
        }

        var expected = mailboxes.Sum(m => m.DistinctInternetMessageIds().Count);
        var first = await StartInstanceAsync(environment);
        await Eventually.TrueAsync(async () => await StoredAsync(database) >= 150, "the first instance to be syncing", TimeSpan.FromSeconds(90));
        first.Kill();
        var atKill = await StoredAsync(database);
        Assert.True(atKill < expected, $"the first instance finished ({atKill} of {expected}) before it could be killed");

        await using var second = await StartInstanceAsync(environment);
        await Eventually.TrueAsync(async () => await StoredAsync(database) == expected, $"all {expected} messages stored by the second instance", TimeSpan.FromSeconds(120));
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var perMailbox = new NpgsqlCommand("""SELECT count(DISTINCT "OwnerId"), count(*), count(DISTINCT ("OwnerId", "InternetMessageId")) FROM "Interactions" """, connection);
        await using var reader = await perMailbox.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal((Mailboxes, (long)expected, (long)expected), (reader.GetInt32(0), reader.GetInt64(1), reader.GetInt64(2)));
        Assert.All(emulator.Entra.Grants, g => Assert.Equal(("client_credentials", "secret"), (g.GrantType, g.ClientProof)));
        Directory.Delete(folder, recursive: true);
    }

    private static Dictionary<string, string?> Environment(GraphEmulatorServer emulator, TemporaryPostgres database, string trustedPem) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Entra__Instance"] = emulator.Root.ToString(),
        ["Entra__TenantId"] = EntraFixture.Directory.ToString(),
        ["Entra__ClientId"] = EntraFixture.ClientId,
        ["Graph__BaseUrl"] = emulator.GraphBaseUrl,
        ["Graph__ClientSecret"] = Secret,
        ["Graph__TrustedCertificatePath"] = trustedPem,
        ["Graph__PageSize"] = "50",
        ["Storage__Provider"] = "Postgres",
        ["ConnectionStrings__Postgres"] = database.ConnectionString,
        ["Jobs__Sync__Workers"] = "2",
        ["Jobs__InvisibilityTimeout"] = "00:00:08",
        ["Jobs__SyncLease"] = "00:00:06",
        ["Jobs__LockRetryDelay"] = "00:00:02",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private static async Task<ServerProcess> StartInstanceAsync(Dictionary<string, string?> environment)
    {
        var root = new Uri($"http://127.0.0.1:{Eventually.FreePort()}/");
        var server = ServerProcess.Start(environment, "--urls", root.ToString());
        await server.WaitUntilHealthyAsync(root, TimeSpan.FromSeconds(60));
        return server;
    }

    private static async Task<long> StoredAsync(TemporaryPostgres database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("""SELECT count(*) FROM "Interactions" """, connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
