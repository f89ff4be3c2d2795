using OutlookRelations.GraphEmulator.Hosting;
using OutlookRelations.GraphEmulator.Sources;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator;

/// <summary>
/// Runs the emulator on its own: <c>dotnet run --project src/OutlookRelations.GraphEmulator --
/// [--urls http://127.0.0.1:5180] [--maildir PATH]</c>. Without --maildir it serves the demo tenant.
/// </summary>
public static class EmulatorProgram
{
    public static async Task<int> Main(string[] args)
    {
        var url = Option(args, "--urls") ?? "http://127.0.0.1:5180";
        var maildir = Option(args, "--maildir");
        var store = new EmulatorStore();
        if (maildir is null)
        {
            DemoTenantGenerator.Populate(store, new DemoTenantOptions { Anchor = TimeProvider.System.GetUtcNow() });
        }
        else if (Directory.Exists(maildir))
        {
            var skipped = new List<string>();
            MaildirLoader.LoadAll(store, maildir, skipped);
            foreach (var file in skipped) await Console.Error.WriteLineAsync($"skipped (not a readable message): {file}");
        }
        else
        {
            await Console.Error.WriteLineAsync($"--maildir: folder '{maildir}' does not exist.");
            return 2;
        }

        await using var server = await GraphEmulatorServer.StartAsync(store, url);
        foreach (var mailbox in store.Mailboxes)
            Console.WriteLine($"{mailbox.User.Mail}: {mailbox.Inbox.Count} inbox, {mailbox.SentItems.Count} sent, {mailbox.Folders.Count} folders, {mailbox.Calendar.Count} events");
        Console.WriteLine($"Graph emulator listening on {server.GraphBaseUrl} (Ctrl+C to stop)");
        var stop = new TaskCompletionSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
        await stop.Task;
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
