using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Storage;

/// <summary>How the database is wired: per request, only the context is new.</summary>
public sealed class StorageSetupTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void Context_options_are_built_once_not_for_every_request(string providerName)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = providerName,
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"outlookrelations-options-{Guid.NewGuid():N}.db")}",
            ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Database=never_opened",
        }).Build();
        var environment = new HostingEnvironment { ContentRootPath = Path.GetTempPath(), EnvironmentName = Environments.Production };
        using var services = new ServiceCollection().AddLogging().AddStorage(configuration, environment)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        // Nothing here opens a connection: the options and the context are only built.
        (Type Context, IDbContextOptions Options) OneRequest()
        {
            using var scope = services.CreateScope();
            var context = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
            return (context.GetType(), context.GetService<IDbContextOptions>());
        }

        var first = OneRequest();
        var second = OneRequest();
        Assert.StartsWith(providerName, first.Context.Name, StringComparison.Ordinal);
        Assert.Same(first.Options, second.Options);
    }

    [Theory]
    [InlineData(null, 1024L * 1024 * 1024)]
    [InlineData("0", 0L)]
    [InlineData("64", 64L * 1024 * 1024)]
    public async Task Sqlite_connections_read_through_a_memory_map_of_the_configured_size(string? megabytes, long expected)
    {
        var settings = new Dictionary<string, string?>();
        if (megabytes is not null) settings["Storage:SqliteMemoryMapMegabytes"] = megabytes;
        await using var app = new RelationsApp(emulator: null, settings: settings);
        _ = app.Server;

        // Twice: the second open takes the pooled connection, tuned once already.
        for (var i = 0; i < 2; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA mmap_size";
            Assert.Equal(expected, Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
