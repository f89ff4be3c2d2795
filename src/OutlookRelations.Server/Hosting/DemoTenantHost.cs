using Microsoft.Extensions.Options;
using OutlookRelations.GraphEmulator.Hosting;
using OutlookRelations.GraphEmulator.Sources;
using OutlookRelations.GraphEmulator.Store;
using OutlookRelations.Server.Sync;
using OutlookRelations.Server.GraphAccess;
using OutlookRelations.Server.Identity;

namespace OutlookRelations.Server.Hosting;

/// <summary>
/// Demo mode's start-up: unless Graph:BaseUrl points elsewhere, starts the Graph emulator
/// in-process (generated demo tenant, or a maildir), then onboards its directory and queues a
/// sync of every mailbox. The sync itself runs as Hangfire jobs, so the API answers at once.
/// With Demo:SecondTenant, a second generated tenant gets an emulator (and directory id) of its own.
/// </summary>
internal sealed class DemoTenantHost(
    IServiceProvider services, GraphEndpoint endpoint, IOptions<DemoOptions> demo, TimeProvider time,
    IHostEnvironment environment, ILogger<DemoTenantHost> logger) : IHostedService, IAsyncDisposable
{
    /// <summary>The second demo tenant's Entra ID directory (the tid its emulator's notifications carry).</summary>
    public static readonly Guid SecondTenantDirectory = Guid.Parse("2b7d4c9a-5e61-4f0b-8a3c-d91e07f6b452");

    private GraphEmulatorServer? _emulator;
    private GraphEmulatorServer? _second;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (endpoint.BaseUrl is null)
        {
            // The emulator judges tokens and subscriptions by the server's clock, so both agree on what time it is.
            var store = new EmulatorStore { Clock = time };
            if (demo.Value.Maildir is { } maildir)
            {
                var skipped = new List<string>();
                var now = time.GetUtcNow();
                MaildirLoader.LoadAll(store, Path.GetFullPath(maildir, environment.ContentRootPath), skipped,
                    bringForwardTo: demo.Value.MaildirToThisWeek ? now : null);
                if (demo.Value.MaildirToThisWeek)
                    logger.LogInformation("Demo:MaildirToThisWeek: the maildir's dates were moved forward by whole weeks so its newest message is from the week before {Now:d MMM yyyy}",
                        now);
                // Files that are not messages are left out of the demo, but never without saying which.
                if (skipped.Count > 0)
                    logger.LogWarning("Skipped {Count} files in {Maildir} that could not be read as messages: {Files}",
                        skipped.Count, maildir, string.Join(", ", skipped.Take(20)) + (skipped.Count > 20 ? ", …" : ""));
            }
            else
                DemoTenantGenerator.Populate(store, new DemoTenantOptions { Anchor = time.GetUtcNow(), ContactCount = demo.Value.ContactCount });
            _emulator = await GraphEmulatorServer.StartAsync(store, cancellationToken: cancellationToken);
            endpoint.UseBaseUrl(_emulator.GraphBaseUrl);
            logger.LogInformation("Graph emulator serving {Count} demo mailboxes at {Url}", store.Mailboxes.Count, _emulator.GraphBaseUrl);
            if (demo.Value.SecondTenant && demo.Value.Maildir is null) await StartSecondTenantAsync(cancellationToken);
        }
        if (demo.Value.SecondTenant && _second is null)
            logger.LogWarning("Demo:SecondTenant is on, but only the generated demo (no Graph:BaseUrl, no Demo:Maildir) has a second tenant.");
        if (!demo.Value.SyncOnStart) return;

        await ImportAndSyncAsync("Demo tenant", null, cancellationToken);
        if (_second is not null) await ImportAndSyncAsync("Tailwind Traders", SecondTenantDirectory, cancellationToken);
    }

    private async Task StartSecondTenantAsync(CancellationToken cancellationToken)
    {
        var store = new EmulatorStore { TenantId = SecondTenantDirectory.ToString(), Clock = time };
        DemoTenantGenerator.Populate(store, DemoTenantOptions.SecondTenant(time.GetUtcNow()));
        _second = await GraphEmulatorServer.StartAsync(store, cancellationToken: cancellationToken);
        endpoint.UseBaseUrl(SecondTenantDirectory, _second.GraphBaseUrl);
        logger.LogInformation("Graph emulator serving {Count} mailboxes of the second demo tenant at {Url}", store.Mailboxes.Count, _second.GraphBaseUrl);
    }

    // The second tenant is onboarded as its own directory, so its Graph calls go to its own emulator.
    private async Task ImportAndSyncAsync(string name, Guid? directory, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var owners = await scope.ServiceProvider.GetRequiredService<DirectoryImport>().ImportAsync(name, cancellationToken, directory);
        var scheduler = scope.ServiceProvider.GetRequiredService<SyncScheduler>();
        foreach (var owner in owners)
        {
            scheduler.Schedule(owner.Id);
            scheduler.SyncNow(owner.Id);
        }
        logger.LogInformation("Queued the first sync of {Count} mailboxes: {Owners}", owners.Count, string.Join(", ", owners.Select(o => o.Email)));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_emulator is not null) await _emulator.DisposeAsync();
        if (_second is not null) await _second.DisposeAsync();
    }
}
