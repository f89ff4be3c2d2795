using System.Diagnostics;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Benchmarks;

/// <summary>
/// Initial sync end to end: the Graph SDK over HTTP against the emulator, into SQLite and (when
/// OUTLOOKRELATIONS_TEST_POSTGRES names a server) PostgreSQL. Printed beside a baseline measured in
/// the same run, the same delta pages fetched through the SDK and thrown away, and with the number
/// of Graph requests per 1,000 messages beside the least the page size allows.
/// </summary>
internal static class SyncBenchmark
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var count = BenchmarkArgs.Int(args, "--messages", 20_000);
        var pageSize = BenchmarkArgs.Int(args, "--page-size", 100);
        var store = new EmulatorStore();
        var mailbox = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(mailbox, count, contacts: 400);
        for (var i = 0; i < count / 50; i++) mailbox.Calendar.Upsert(MailboxBuilder.Meeting(mailbox, $"m{i}", MailboxBuilder.Start.AddHours(i * 7), MailboxBuilder.Contact(i)));
        var (inbox, sent, events) = (mailbox.Inbox.Live().Count, mailbox.SentItems.Live().Count, mailbox.Calendar.Live().Count);
        var minimum = Pages(inbox, pageSize) + Pages(sent, pageSize) + Pages(events, pageSize);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        output.WriteLine($"sync: one mailbox, {inbox + sent:N0} messages and {events:N0} events, page size {pageSize}");

        var baseline = await FetchOnlyAsync(emulator, pageSize);
        output.WriteLine($"  baseline (SDK paging, nothing stored): {baseline.Seconds,6:F1} s, {(inbox + sent) / baseline.Seconds,8:N0} msg/s, {baseline.Requests} requests");

        var sqlite = await SyncAsync(emulator, pageSize, new Dictionary<string, string?>());
        Report(output, "SQLite", sqlite, baseline, inbox + sent, minimum);
        await using var postgres = await TemporaryPostgres.TryCreateAsync();
        if (postgres is null)
        {
            output.WriteLine($"  PostgreSQL: {TemporaryPostgres.NotMeasured}");
            return 0;
        }
        Report(output, "PostgreSQL", await SyncAsync(emulator, pageSize, postgres.Settings()), baseline, inbox + sent, minimum);
        return 0;
    }

    private sealed record Run(double Seconds, long Requests);

    private static void Report(TextWriter output, string name, Run run, Run baseline, int messages, int minimum) =>
        output.WriteLine($"  {name,-10} end to end: {run.Seconds,6:F1} s, {messages / run.Seconds,8:N0} msg/s ({baseline.Seconds / run.Seconds:P0} of the baseline's speed); " +
                         $"{run.Requests * 1000.0 / messages:F1} Graph requests per 1,000 messages (least possible at this page size: {minimum * 1000.0 / messages:F1})");

    private static async Task<Run> SyncAsync(GraphEmulatorServer emulator, int pageSize, Dictionary<string, string?> settings)
    {
        settings["Graph:PageSize"] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var app = new BenchmarkServer(emulator, settings);
        var owner = await app.ImportSingleOwnerAsync();
        var before = emulator.Faults.RequestCount;
        var clock = Stopwatch.StartNew();
        await app.SyncAsync(owner);
        return new Run(clock.Elapsed.TotalSeconds, emulator.Faults.RequestCount - before);
    }

    private static async Task<Run> FetchOnlyAsync(GraphEmulatorServer emulator, int pageSize)
    {
        await using var app = new BenchmarkServer(emulator, new Dictionary<string, string?> { ["Graph:PageSize"] = $"{pageSize}" });
        var owner = await app.ImportSingleOwnerAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookRelations.Server.Storage.RelationsDbContext>();
        var context = await db.LoadOwnerContextAsync(owner.Id, CancellationToken.None);
        var pages = scope.ServiceProvider.GetRequiredService<GraphPages>();
        var before = emulator.Faults.RequestCount;
        var clock = Stopwatch.StartNew();
        foreach (var stream in new[] { "inbox", "sentitems", MailboxSync.Calendar })
        {
            string? link = null;
            do
            {
                var page = await pages.FetchAsync(context, stream, link, CancellationToken.None);
                link = page.NextLink;
            }
            while (link is not null);
        }
        return new Run(clock.Elapsed.TotalSeconds, emulator.Faults.RequestCount - before);
    }

    private static int Pages(int items, int pageSize) => Math.Max(1, (items + pageSize - 1) / pageSize);
}
