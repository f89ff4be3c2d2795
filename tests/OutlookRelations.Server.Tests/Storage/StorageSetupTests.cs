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
}
