using Hangfire.PostgreSql;
using Npgsql;

namespace OutlookRelations.Server.Jobs;

/// <summary>
/// Installs (or brings up to date) Hangfire's schema in PostgreSQL once the database is ready, before
/// the job server and anything that schedules jobs start. Hangfire's storage installs it too, when it
/// is built; but hosted services are all built before any starts, so the demo's reset on start
/// (Storage:ResetOnStart, which drops the database) ran after that and took the schema with it.
/// The install is idempotent: on an up-to-date schema it only checks the version.
/// </summary>
internal sealed class JobSchema(IConfiguration configuration, ILogger<JobSchema> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(configuration.GetConnectionString("Postgres"));
        await connection.OpenAsync(cancellationToken);
        PostgreSqlObjectsInstaller.Install(connection, JobsSetup.PostgresSchema);
        logger.LogInformation("Job store ready (PostgreSQL schema {Schema})", JobsSetup.PostgresSchema);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
