using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using OutlookRelations.Server.Hosting;

namespace OutlookRelations.Server.Tests.Hosting;

/// <summary>
/// Issue 17: every section the server reads is an options class validated when it starts, so a typo
/// stops the start with the setting named instead of surfacing later, when the value is first used.
/// </summary>
public sealed class OptionsOnStartTests
{
    [Theory]
    [InlineData("Jobs:Sync:Workers", "0", "Jobs:Sync:Workers is 0")]
    [InlineData("Jobs:Reports:PollInterval", "00:10:00", "Jobs:Reports:PollInterval")]
    [InlineData("Jobs:SyncLease", "00:00:01", "SyncLease")]
    [InlineData("Reports:WeeklyCron", "every monday", "WeeklyCron 'every monday' is not a cron expression")]
    [InlineData("Reports:KeepFor", "00:00:01", "KeepFor")]
    [InlineData("Graph:SyncCron", "*/75 * * * * * *", "SyncCron '*/75 * * * * * *' is not a cron expression")]
    [InlineData("Notifications:RenewCron", "", "RenewCron is empty")]
    [InlineData("Sync:StalledAfter", "00:01:00", "StalledAfter")]
    [InlineData("Sync:AlertWebhook", "ftp://alerts.fabrikam.example", "Sync:AlertWebhook is 'ftp://alerts.fabrikam.example'; it takes an absolute http or https URL")]
    [InlineData("Sidebar:MaxConcurrent", "0", "Sidebar:MaxConcurrent takes 1 to 1000")]
    [InlineData("Entra:ClientId", "my-app", "Entra:ClientId 'my-app' must be the app registration's application (client) id")]
    [InlineData("Entra:TenantId", "contoso.com", "Entra:TenantId 'contoso.com' must be the directory's id")]
    [InlineData("Telemetry:Enabled", "yes please", "Telemetry:Enabled is 'yes please'; it takes true or false")]
    [InlineData("Entra:Instance", "login.microsoftonline.com", "Entra:Instance 'login.microsoftonline.com' must be an absolute URL")]
    public void A_bad_value_stops_the_start_naming_the_setting(string key, string value, string expected)
    {
        using var app = new RelationsApp(null, settings: new Dictionary<string, string?> { [key] = value, ["Jobs:RunServer"] = "true" });

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains(expected, Messages(error), StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_start()
    {
        using var app = new RelationsApp(null, settings: new Dictionary<string, string?> { ["Jobs:RunServer"] = "true" });

        Assert.NotNull(app.Services.GetService<IHostApplicationLifetime>());
    }

    [Fact]
    public void A_PostgreSQL_pool_smaller_than_the_workers_need_stops_the_start_saying_what_to_raise()
    {
        // Nothing connects: the options are checked before any hosted service starts.
        using var app = new RelationsApp(null, settings: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres", ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Port=1;Maximum Pool Size=12",
            ["Jobs:RunServer"] = "true", ["Jobs:Sync:Workers"] = "4",
        });

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("allows 12 connections (Maximum Pool Size) but this instance runs 6 job workers", Messages(error), StringComparison.Ordinal);
        Assert.Contains("raise Maximum Pool Size to at least 16", Messages(error), StringComparison.Ordinal);
    }

    [Fact]
    public void The_renamed_worker_count_is_refused_with_its_replacements_named()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Jobs:WorkerCount"] = "4", ["Demo:Enabled"] = "true" }).Build();

        var problems = StartupChecks.Find(new FakeEnvironment(Environments.Development), configuration);

        Assert.Contains(problems, p => p.Contains("Jobs:WorkerCount is no longer read", StringComparison.Ordinal) && p.Contains("Jobs:Sync:Workers", StringComparison.Ordinal));
    }

    private static string Messages(Exception error) =>
        string.Join(" | ", error is AggregateException all ? all.Flatten().InnerExceptions.Select(e => e.Message) : [error.Message, error.InnerException?.Message ?? ""]);

    private sealed class FakeEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "OutlookRelations.Server";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
