using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace OutlookRelations.Server.Storage;

/// <summary>The one place the database provider is chosen.</summary>
public static class StorageSetup
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<DataScope>();
        services.AddScoped<PlannerStatistics>();
        // The options are built once (singleton), not for every request's context: building them
        // parses the connection string and, for SQLite, touches the file system.
        if (StorageOptions.Read(configuration).IsPostgres)
        {
            var connectionString = configuration.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException("Storage:Provider is Postgres but ConnectionStrings:Postgres is not set.");
            services.AddDbContext<RelationsDbContext, PostgresRelationsDbContext>(
                options => options.UseNpgsql(TunePostgres(connectionString)), optionsLifetime: ServiceLifetime.Singleton);
            services.AddDbContext<KeyRingDbContext>(options => options.UseNpgsql(connectionString));
        }
        else
        {
            services.AddDbContext<RelationsDbContext, SqliteRelationsDbContext>((sp, options) =>
            {
                var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
                options.UseSqlite(ResolveSqlite(storage.ConnectionString, environment.ContentRootPath))
                    .AddInterceptors(new SqliteReadTuning(storage.SqliteMemoryMapMegabytes * 1024L * 1024L));
            }, optionsLifetime: ServiceLifetime.Singleton);
            services.AddDbContext<KeyRingDbContext>((sp, options) =>
                options.UseSqlite(ResolveSqlite(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString, environment.ContentRootPath)));
        }
        services.AddHostedService<DatabaseInitializer>();
        // Data Protection's keys live beside the data (or where DataProtection:Keys says).
        return services.AddKeyRing(configuration);
    }

    // The same few queries run for every sidebar card: let Npgsql prepare them on the server, unless
    // the operator chose otherwise (e.g. behind a pooler that cannot keep prepared statements).
    private static string TunePostgres(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase)) builder.MaxAutoPrepare = 64;
        return builder.ToString();
    }

    // A relative SQLite path is relative to the content root, and its folder is created. Foreign keys
    // are switched on once per pooled connection, not by EF with a PRAGMA every time one is opened.
    private static string ResolveSqlite(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 60, ForeignKeys = true };
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        if (Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
        return builder.ToString();
    }
}

/// <summary>
/// Brings the schema up to date before anything else runs: migrations at start (Storage:MigrateOnStart),
/// or a refusal to start when some are pending and the admin runs them with the `migrate` command.
/// </summary>
public sealed class DatabaseInitializer(IServiceProvider services, IOptions<StorageOptions> options, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        if (options.Value.ResetOnStart) await db.Database.EnsureDeletedAsync(cancellationToken);
        if (options.Value.MigrateOnStart || options.Value.ResetOnStart) await MigrateAsync(db, logger, cancellationToken);
        else if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList() is { Count: > 0 } pending)
            throw new InvalidOperationException($"The database needs {pending.Count} migration(s) ({string.Join(", ", pending)}): run `OutlookRelations.Server migrate`, or set Storage:MigrateOnStart=true.");
        // Data Protection's table, also on a database migrated before it existed (a no-op once there).
        else await KeyRingDbContext.CreateTableAsync(db.Database, cancellationToken);
        logger.LogInformation("Database ready ({Provider})", db.Database.ProviderName);
    }

    public static async Task MigrateAsync(RelationsDbContext db, ILogger logger, CancellationToken ct)
    {
        // Npgsql looks for the history table by reading it, so a fresh database logged two "fail:" lines
        // for a start that went well (npgsql/efcore.pg#3407). Creating it first (IF NOT EXISTS) keeps errors
        // in the log for errors.
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct)) await creator.CreateAsync(ct);
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0) logger.LogInformation("Applying migrations: {Migrations}", string.Join(", ", pending));
        await db.Database.MigrateAsync(ct);
        await KeyRingDbContext.CreateTableAsync(db.Database, ct);
        // WAL lets the sidebar read while a sync job writes.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
