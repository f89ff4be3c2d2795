using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace OutlookRelations.Server.Storage;

/// <summary>The one place the database provider is chosen.</summary>
public static class StorageSetup
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<DataScope>();
        services.AddDbContext<RelationsDbContext>((sp, options) =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            options.UseSqlite(ResolveSqlite(storage.ConnectionString, environment.ContentRootPath));
        });
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }

    // A relative SQLite path is relative to the content root, and its folder is created.
    private static string ResolveSqlite(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 60 };
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        if (Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
        return builder.ToString();
    }
}

/// <summary>Creates the schema before anything else runs (and resets it for the demo when asked).</summary>
internal sealed class DatabaseInitializer(IServiceProvider services, IOptions<StorageOptions> options, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        if (options.Value.ResetOnStart) await db.Database.EnsureDeletedAsync(cancellationToken);
        await db.Database.EnsureCreatedAsync(cancellationToken);
        // WAL lets the sidebar read while a sync job writes.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        logger.LogInformation("Database ready at {DataSource}", db.Database.GetDbConnection().DataSource);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
