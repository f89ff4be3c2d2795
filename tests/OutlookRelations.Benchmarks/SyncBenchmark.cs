using System.Diagnostics;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Sync;
using OutlookRelations.Server.Mailboxes;

namespace OutlookRelations.Benchmarks;

/// <summary>
/// Sync end to end: the Graph SDK over HTTP against the emulator, into SQLite and (when
/// OUTLOOKRELATIONS_TEST_POSTGRES names a server) PostgreSQL, for one mailbox of 30 folders (Inbox,
/// Sent Items, Deleted Items and 27 filed folders, some nested). The first sync is printed beside a
/// baseline measured in the same run (the same delta pages fetched through the SDK and thrown away);
/// then an incremental round after new mail in ten folders. Both with the Graph requests per 1,000
/// messages (or per round) beside the least possible: one request for the folder tree, each folder's
/// pages, and, between rounds, one $batch per 20 folders.
/// </summary>
internal static class SyncBenchmark
{
    private const int Folders = 30;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var count = BenchmarkArgs.Int(args, "--messages", 20_000);
        var pageSize = BenchmarkArgs.Int(args, "--page-size", 100);
        var warmUp = BenchmarkArgs.Int(args, "--warm-up", count);
        // Always on: a listener costs a few microseconds a page, and every run says where its time went.
        using var profile = new SyncProfile();
        if (warmUp > 0) await WarmUpAsync(warmUp, pageSize, profile, output);

        var (store, mailbox, folders) = Generate(count);
        var events = mailbox.Calendar.Live().Count;
        // The folder tree with the well-known folders (one $batch), every folder's pages, the calendar's.
        var minimum = 1 + folders.Sum(f => Pages(mailbox.Folder(f)!.Live().Count, pageSize)) + Pages(events, pageSize);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        output.WriteLine($"sync: one mailbox of {folders.Count} folders, {count:N0} messages and {events:N0} events, page size {pageSize}");

        var baseline = await FetchOnlyAsync(emulator, folders, pageSize);
        output.WriteLine($"  baseline (SDK paging, nothing stored): {baseline.Seconds,6:F1} s, {count / baseline.Seconds,8:N0} msg/s, {baseline.Requests} requests; {baseline.Collector}");

        profile.Reset();
        var sqlite = await SyncAsync(emulator, mailbox, folders, pageSize, new Dictionary<string, string?>(), profile);
        Report(output, "SQLite", sqlite, baseline, count, minimum, folders.Count);
        await using var postgres = await TemporaryPostgres.TryCreateAsync();
        if (postgres is null)
        {
            output.WriteLine($"  PostgreSQL: {TemporaryPostgres.NotMeasured}");
            return 0;
        }
        profile.Reset();
        Report(output, "PostgreSQL", await SyncAsync(emulator, mailbox, folders, pageSize, postgres.Settings(), profile), baseline, count, minimum, folders.Count);
        return 0;
    }

    // A server that has run for a while has compiled its code long before a mailbox arrives. Measured cold,
    // the runtime's tiered compilation took a third of the CPU throughout a 20,000-message first sync
    // and half of the baseline's, so a rehearsal on a mailbox of the same size, not counted, comes first.
    private static async Task WarmUpAsync(int count, int pageSize, SyncProfile profile, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var (store, mailbox, folders) = Generate(count);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await FetchOnlyAsync(emulator, folders, pageSize);
        await SyncAsync(emulator, mailbox, folders, pageSize, new Dictionary<string, string?>(), profile);
        output.WriteLine($"  warm-up (not counted): the same mailbox with {count:N0} messages, fetched and synced into SQLite, {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static (EmulatorStore Store, Mailbox Mailbox, List<string> Folders) Generate(int count)
    {
        var store = new EmulatorStore();
        var mailbox = MailboxBuilder.AddUser(store, "ana");
        var folders = FileIntoFolders(mailbox, count);
        for (var i = 0; i < count / 50; i++) mailbox.Calendar.Upsert(MailboxBuilder.Meeting(mailbox, $"m{i}", MailboxBuilder.Start.AddHours(i * 7), MailboxBuilder.Contact(i)));
        return (store, mailbox, folders);
    }

    /// <summary>Inbox and Sent Items hold half the mail; the rest is filed in 28 more folders, a third of them nested.</summary>
    private static List<string> FileIntoFolders(Mailbox mailbox, int count)
    {
        // Exchange's Archive folder would be a 31st folder read: this mailbox files elsewhere.
        mailbox.DeleteFolder("archive");
        var folders = new List<string> { "inbox", "sentitems", "deleteditems" };
        for (var i = folders.Count; i < Folders; i++)
            folders.Add(mailbox.AddFolder($"Customers {i}", i % 3 == 0 ? "inbox" : null).Id);
        var owner = new EmailAddress(mailbox.User.DisplayName, mailbox.User.Mail);
        for (var i = 0; i < count; i++)
        {
            var contact = MailboxBuilder.Contact(i % 400);
            var outgoing = i % 2 == 0;
            var message = MailboxBuilder.Message(mailbox, $"m{i}", outgoing ? owner : contact, outgoing ? contact : owner, MailboxBuilder.Start.AddHours(i));
            var folder = i % 4 < 2 ? (outgoing ? "sentitems" : "inbox") : folders[3 + i % (Folders - 3)];
            mailbox.Folder(folder)!.Upsert(message);
        }
        return folders;
    }

    private sealed record Run(double Seconds, long Requests, long Incremental = 0, long IncrementalItems = 0, string? Profile = null, string? Collector = null);

    private static void Report(TextWriter output, string name, Run run, Run baseline, int messages, int minimum, int folders)
    {
        output.WriteLine($"  {name,-10} first sync: {run.Seconds,6:F1} s, {messages / run.Seconds,8:N0} msg/s ({baseline.Seconds / run.Seconds:P0} of the baseline's speed); " +
                         $"{run.Requests * 1000.0 / messages:F1} Graph requests per 1,000 messages (least possible at this page size: {minimum * 1000.0 / messages:F1})");
        if (run.Profile is not null) output.WriteLine($"  {name,-10} where the first sync's time went: {run.Profile}");
        if (run.Collector is not null) output.WriteLine($"  {name,-10} {run.Collector}");
        // Between rounds: the folder tree (one $batch with the well-known folders), then every folder and the calendar, 20 to a $batch.
        var least = 1 + (folders + 1 + 19) / 20;
        output.WriteLine($"  {name,-10} incremental round after new mail in 10 folders: {run.Incremental} Graph requests ({run.IncrementalItems} calls inside $batch) " +
                         $"(least possible: {least}; one call per folder without $batch: {1 + GraphPages.WellKnownFolders.Length + folders + 1})");
    }

    private static async Task<Run> SyncAsync(GraphEmulatorServer emulator, Mailbox mailbox, IReadOnlyList<string> folders, int pageSize, Dictionary<string, string?> settings, SyncProfile profile)
    {
        settings["Graph:PageSize"] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var app = new BenchmarkServer(emulator, settings);
        var owner = await app.ImportSingleOwnerAsync();
        await Quiet.WaitForJitAsync();
        var before = emulator.Faults.RequestCount;
        var (cpu, paused, allocated) = (Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        var clock = Stopwatch.StartNew();
        await app.SyncAsync(owner);
        var first = new Run(clock.Elapsed.TotalSeconds, emulator.Faults.RequestCount - before, Profile: profile.Describe(clock.Elapsed.TotalSeconds),
            Collector: $"{(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F1} s of CPU, {(GC.GetTotalPauseDuration() - paused).TotalSeconds:F1} s paused for garbage collection, {(GC.GetTotalAllocatedBytes() - allocated) / 1e9:F1} GB allocated (this process, the emulator's side too)");

        var me = new EmailAddress(mailbox.User.DisplayName, mailbox.User.Mail);
        var round = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 10; i++)
            mailbox.Folder(folders[i * 3])!.Upsert(MailboxBuilder.Message(mailbox, $"new-{round}-{i}", MailboxBuilder.Contact(i), me, MailboxBuilder.Start.AddDays(900 + i)));
        var (requests, items) = (emulator.Faults.RequestCount, emulator.Faults.BatchItemCount);
        await app.SyncAsync(owner);
        return first with { Incremental = emulator.Faults.RequestCount - requests, IncrementalItems = emulator.Faults.BatchItemCount - items };
    }

    private static async Task<Run> FetchOnlyAsync(GraphEmulatorServer emulator, IReadOnlyList<string> folders, int pageSize)
    {
        await using var app = new BenchmarkServer(emulator, new Dictionary<string, string?> { ["Graph:PageSize"] = $"{pageSize}" });
        var owner = await app.ImportSingleOwnerAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookRelations.Server.Storage.RelationsDbContext>();
        var context = await db.LoadOwnerContextAsync(owner.Id, CancellationToken.None);
        var pages = scope.ServiceProvider.GetRequiredService<GraphPages>();
        await Quiet.WaitForJitAsync();
        var before = emulator.Faults.RequestCount;
        var (cpu, paused, allocated) = (Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        var clock = Stopwatch.StartNew();
        foreach (var stream in folders.Append(MailboxSync.Calendar))
        {
            string? link = null;
            do
            {
                var page = await pages.FetchAsync(context, stream, link, CancellationToken.None);
                link = page.NextLink;
            }
            while (link is not null);
        }
        return new Run(clock.Elapsed.TotalSeconds, emulator.Faults.RequestCount - before,
            Collector: $"{(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F1} s of CPU, {(GC.GetTotalPauseDuration() - paused).TotalSeconds:F1} s paused for garbage collection, {(GC.GetTotalAllocatedBytes() - allocated) / 1e9:F1} GB allocated");
    }

    private static int Pages(int items, int pageSize) => Math.Max(1, (items + pageSize - 1) / pageSize);
}
