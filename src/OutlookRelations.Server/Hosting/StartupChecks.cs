using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Identity;

namespace OutlookRelations.Server.Hosting;

/// <summary>
/// Refuses configurations that must never run: demo identities outside Development, and
/// production without what production needs. Each problem names the setting to fix.
/// </summary>
public static class StartupChecks
{
    // What production mode needs; the settings are read by the production features (issue 6).
    private static readonly (string Key, string Why)[] ProductionSettings =
    [
        ("Entra:TenantId", "the Entra ID tenant whose tokens the API accepts"),
        ("Entra:ClientId", "the app registration's application (client) id"),
        ("Graph:BaseUrl", "Graph's base URL, normally https://graph.microsoft.com/v1.0"),
        ("Graph:ClientSecret or Graph:CertificatePath", "the app-only credential background sync uses"),
        ("ConnectionStrings:Postgres", "the PostgreSQL database production stores data in"),
    ];

    public static IReadOnlyList<string> Find(IHostEnvironment environment, IConfiguration configuration)
    {
        var problems = new List<string>();
        // Settings that pick between named behaviours are read strictly first: a typo must stop the
        // start, never select something else (Identity:Provider=EntraID once meant demo sign-in).
        var (provider, providerProblem) = IdentitySetup.Provider(configuration);
        if (providerProblem is not null) problems.Add(providerProblem);
        if (configuration["Storage:Provider"] is { } storage && storage is not ("Sqlite" or "Postgres"))
            problems.Add($"Storage:Provider is '{storage}', which is not a value it takes. Allowed: Sqlite, Postgres.");
        // A setting that was renamed would otherwise be ignored without a word.
        if (configuration["Jobs:WorkerCount"] is not null)
            problems.Add("Jobs:WorkerCount is no longer read: each queue has its own workers. Set Jobs:Sync:Workers, Jobs:Reports:Workers and Jobs:Housekeeping:Workers instead (docs/deploy.md, 'Background jobs').");
        if (problems.Count > 0) return problems;
        var demo = configuration.GetValue<bool>($"{DemoOptions.SectionName}:Enabled");
        if (demo && !environment.IsDevelopment())
        {
            problems.Add($"Demo:Enabled is true in the '{environment.EnvironmentName}' environment. Demo identities are only allowed in Development; set Demo:Enabled=false.");
            return problems;
        }
        if (demo)
        {
            // Demo data with real sign-in (Identity:Provider=Entra) still needs to know whose tokens to accept.
            if (provider == IdentityProvider.Entra)
            {
                foreach (var key in new[] { "Entra:TenantId", "Entra:ClientId" })
                    if (string.IsNullOrWhiteSpace(configuration[key])) problems.Add($"Missing setting {key}: Identity:Provider is Entra.");
            }
            return problems;
        }

        foreach (var (key, why) in ProductionSettings)
        {
            var present = key.Split(" or ").Any(k => !string.IsNullOrWhiteSpace(configuration[k]));
            if (!present) problems.Add($"Missing setting {key}: {why}.");
        }
        if (!StorageOptions.Read(configuration).IsPostgres)
            problems.Add("Storage:Provider is not Postgres: SQLite is for the demo and development only. Set Storage:Provider=Postgres.");
        // Production accepts exactly one provider.
        if (provider != IdentityProvider.Entra)
            problems.Add($"Identity:Provider is {provider}: production accepts Entra ID tokens only. Remove the setting or set it to Entra.");
        foreach (var key in new[] { "Graph:CertificatePath", "Graph:TrustedCertificatePath" })
        {
            if (configuration[key] is { Length: > 0 } path && !File.Exists(path))
                problems.Add($"{key} '{path}' does not exist (or the server's account cannot see it).");
        }
        if (Uri.TryCreate(configuration["Graph:BaseUrl"], UriKind.Absolute, out var graph) && graph.Scheme != Uri.UriSchemeHttps)
            problems.Add($"Graph:BaseUrl '{graph}' is not https: credentials are only ever sent to Graph over TLS.");
        return problems;
    }
}
