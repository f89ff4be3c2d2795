using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Hosting;

/// <summary>
/// `OutlookRelations.Server onboard --directory {id} [--name {name}]`: after an admin has consented,
/// lists the directory's mailboxes through Graph (app-only), records the tenant and its directory
/// (only that directory's tokens are accepted afterwards), and queues every mailbox's first sync and
/// its recurring schedule in the shared job storage. Safe to run again: it adds new mailboxes.
/// </summary>
public static class OnboardCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IConfiguration configuration, string[] args)
    {
        var directoryText = Option(args, "--directory") ?? configuration["Entra:TenantId"];
        if (!Guid.TryParse(directoryText, out var directory))
        {
            await Console.Error.WriteLineAsync("onboard: --directory must be the Entra ID directory (tenant) id, a GUID; it defaults to Entra:TenantId for single-tenant registrations.");
            return 2;
        }
        if (!StorageOptions.Read(configuration).IsPostgres)
            await Console.Error.WriteLineAsync("onboard: jobs are kept in memory without Storage:Provider=Postgres, so the queued syncs run only if this process keeps running; start the server to sync.");

        await using var scope = services.CreateAsyncScope();
        try
        {
            var owners = await scope.ServiceProvider.GetRequiredService<DirectoryImport>().ImportAsync(Option(args, "--name") ?? "Tenant", CancellationToken.None, directory);
            var scheduler = scope.ServiceProvider.GetRequiredService<SyncScheduler>();
            foreach (var owner in owners)
            {
                scheduler.Schedule(owner.Id);
                scheduler.SyncNow(owner.Id);
            }
            Console.WriteLine($"Onboarded directory {directory}: {owners.Count} mailboxes; their first sync is queued.");
            return 0;
        }
        catch (Exception e) when (e is Azure.Identity.AuthenticationFailedException or Microsoft.Graph.Models.ODataErrors.ODataError or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"onboard: {e.Message.Split('\n')[0]}");
            await Console.Error.WriteLineAsync("Check Entra:ClientId, Graph:ClientSecret or Graph:CertificatePath, and that an admin consented to the app in this directory (docs/deploy.md).");
            return 1;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
