using OutlookRelations.GraphEmulator.Sources;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Sync;

/// <summary>
/// The Enron maildir subset, loaded into the emulator and synced once through the real SDK for every
/// test that reads it (a full sync of 26,738 files is minutes of work on two cores). Without
/// ../shared/data it holds nothing, and the tests that use it are skipped with a message.
/// </summary>
public sealed class EnronFixture : IAsyncLifetime
{
    public const string Maildir = "enron/maildir";

    private GraphEmulatorServer? _emulator;
    public EmulatorStore Store { get; } = new();
    public string? Root { get; } = SharedData.PathTo(Maildir);
    public IReadOnlyList<Mailbox> Mailboxes { get; private set; } = [];
    public IReadOnlyList<MailboxOwner> Owners { get; private set; } = [];
    public RelationsApp App { get; private set; } = null!;
    public TimeSpan SyncTime { get; private set; }

    public async Task InitializeAsync()
    {
        if (Root is null) return;
        Mailboxes = MaildirLoader.LoadAll(Store, Root);
        _emulator = await GraphEmulatorServer.StartAsync(Store);
        App = new RelationsApp(_emulator, settings: new Dictionary<string, string?> { ["Graph:PageSize"] = "250" });
        Owners = await App.ImportDirectoryAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var owner in Owners) await App.SyncAsync(owner);
        SyncTime = clock.Elapsed;
    }

    public async Task DisposeAsync()
    {
        if (Root is null) return;
        await App.DisposeAsync();
        await _emulator!.DisposeAsync();
    }
}

[CollectionDefinition(nameof(EnronCollection))]
public sealed class EnronCollection : ICollectionFixture<EnronFixture>;
