using System.Diagnostics;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Benchmarks.Load;

/// <summary>
/// The sidebar under load: a server holding N interactions and M contacts for the signed-in user,
/// asked for 10-recipient cards at a constant rate over loopback HTTP (Kestrel), on SQLite and on
/// PostgreSQL. Beside it, in the same run and at the same rate, a baseline: /api/me, which passes
/// the same pipeline (sign-in, data scope, JSON) but reads nothing, so the ratio is what the cards cost.
/// </summary>
internal static class SidebarLoadBenchmark
{
    private const int Recipients = 10;
    private const double TargetP99Ms = 20;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        // The server runs with server GC, as every ASP.NET Core app does by default; this project
        // turns it off for the memory figures of other benchmarks, so this one runs in a child that has it.
        if (!System.Runtime.GCSettings.IsServerGC) return await RunWithServerGcAsync(args);
        var interactions = BenchmarkArgs.Int(args, "--interactions", 1_000_000);
        var contacts = BenchmarkArgs.Int(args, "--contacts", 50_000);
        var rate = BenchmarkArgs.Int(args, "--rate", 200);
        var duration = TimeSpan.FromSeconds(BenchmarkArgs.Int(args, "--seconds", 20));
        var store = new EmulatorStore();
        MailboxBuilder.AddUser(store, "ana");
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        output.WriteLine($"sidebar load: {interactions:N0} interactions and {contacts:N0} contacts for the signed-in user; {Recipients} recipients a lookup; {rate} req/s for {duration.TotalSeconds:0} s");
        output.WriteLine($"  on {Environment.ProcessorCount} cores; generator and server share them");

        var met = await RunProviderAsync(output, "SQLite", emulator, new Dictionary<string, string?>(), interactions, contacts, rate, duration);
        await using var postgres = await TemporaryPostgres.TryCreateAsync();
        if (postgres is null)
        {
            output.WriteLine($"  PostgreSQL: {TemporaryPostgres.NotMeasured}");
            return 0;
        }
        met &= await RunProviderAsync(output, "PostgreSQL", emulator, postgres.Settings(), interactions, contacts, rate, duration);
        output.WriteLine(met ? "  target met on every provider measured" : "  target missed: see above");
        return 0;
    }

    private static async Task<bool> RunProviderAsync(TextWriter output, string name, GraphEmulatorServer emulator, Dictionary<string, string?> settings,
        int interactions, int contacts, int rate, TimeSpan duration)
    {
        var port = Eventually.FreePort();
        await using var server = new BenchmarkServer(emulator, settings);
        server.UseKestrel(port);
        server.StartServer();
        var owner = await server.ImportSingleOwnerAsync();

        var clock = Stopwatch.StartNew();
        var seeded = await LoadSeed.SeedAsync(server.Services, owner, contacts, interactions, DateTimeOffset.UtcNow);
        await AnalyseAsync(server.Services);
        output.WriteLine($"  {name,-10} seeded in {clock.Elapsed.TotalSeconds:F1} s: {seeded.Interactions:N0} interactions, {seeded.Participants:N0} participants, {seeded.Emails.Count:N0} contacts");

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, UseProxy = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        http.DefaultRequestHeaders.Add("X-Demo-User", owner.Email);
        string Lookup(int i) => "/api/sidebar?recipients=" + Uri.EscapeDataString(string.Join(',', RecipientsFor(seeded, i)));

        // Steady state, not a cold start: the first runs also warm JIT, pools and the database's caches.
        var most = await LoadGenerator.SaturateAsync(http, Lookup, 8, TimeSpan.FromSeconds(10));
        most = await LoadGenerator.SaturateAsync(http, Lookup, 8, TimeSpan.FromSeconds(10));
        var baseline = await LoadGenerator.ConstantRateAsync(http, _ => "/api/me", rate, duration);
        var sidebar = await LoadGenerator.ConstantRateAsync(http, Lookup, rate, duration);

        Line(output, "baseline /api/me", baseline);
        Line(output, $"sidebar, {Recipients} recipients", sidebar);
        output.WriteLine($"{"",13}ratio sidebar/baseline: p50 {sidebar.Percentile(50) / baseline.Percentile(50):F1}×, p99 {sidebar.Percentile(99) / baseline.Percentile(99):F1}×");
        output.WriteLine($"{"",13}most it does: {most.Throughput,6:N0} lookups/s with 8 in flight (p99 {most.Percentile(99):F1} ms, {most.Errors} errors)");
        var met = sidebar.Errors == 0 && sidebar.Percentile(99) <= TargetP99Ms;
        output.WriteLine($"{"",13}target p99 ≤ {TargetP99Ms:0} ms at {rate} req/s with no errors: {(met ? "met" : "MISSED")}");
        return met;
    }

    /// <summary>Two of the busiest contacts, seven others, and one stranger: a realistic compose.</summary>
    private static IEnumerable<string> RecipientsFor(LoadSeed.Seeded seeded, int i)
    {
        var random = new Random(i);
        yield return seeded.Busiest[random.Next(seeded.Busiest.Count)];
        yield return seeded.Busiest[random.Next(seeded.Busiest.Count)];
        for (var k = 0; k < Recipients - 3; k++) yield return seeded.Emails[random.Next(seeded.Emails.Count)];
        yield return $"stranger{i}@nowhere.example";
    }

    private static void Line(TextWriter output, string what, LoadResult r) =>
        output.WriteLine($"{"",13}{what,-24} p50 {r.Percentile(50),6:F1} ms  p99 {r.Percentile(99),6:F1} ms  max {r.Latencies[^1],7:F1} ms  {r.Throughput,5:N0} req/s  {r.Errors} errors");

    // Fresh statistics, as PostgreSQL's autovacuum would gather after a bulk load; SQLite's planner reads sqlite_stat1.
    private static async Task AnalyseAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RelationsDbContext>().Database.ExecuteSqlRawAsync("ANALYZE");
    }

    private static async Task<int> RunWithServerGcAsync(string[] args)
    {
        var start = BenchmarkArgs.Child(["sidebar-load", .. args]);
        start.Environment["DOTNET_gcServer"] = "1";
        using var child = Process.Start(start)!;
        await child.WaitForExitAsync();
        return child.ExitCode;
    }
}
