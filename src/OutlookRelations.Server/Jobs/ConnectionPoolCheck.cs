using Microsoft.Extensions.Options;
using Npgsql;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Jobs;

/// <summary>
/// Refuses to start when PostgreSQL's connection pool is smaller than the workers need. Every running
/// job holds a database connection for its whole unit of work (a sync page's transaction, a
/// report's reads), and web requests need their own beside them; a pool smaller than that makes
/// jobs and requests wait on each other for connections and time out under load instead of failing
/// at start with a sentence that says what to change.
/// </summary>
internal sealed class ConnectionPoolCheck(IConfiguration configuration) : IValidateOptions<JobsOptions>
{
    /// <summary>Connections kept for web requests beside the workers.</summary>
    public const int RequestHeadroom = 10;

    public ValidateOptionsResult Validate(string? name, JobsOptions options)
    {
        if (!StorageOptions.Read(configuration).IsPostgres) return ValidateOptionsResult.Success;
        if (configuration.GetConnectionString("Postgres") is not { Length: > 0 } connectionString) return ValidateOptionsResult.Success;
        int pool;
        try { pool = new NpgsqlConnectionStringBuilder(connectionString).MaxPoolSize; }
        catch (ArgumentException) { return ValidateOptionsResult.Success; } // the storage reports a malformed string itself
        var needed = options.TotalWorkers + RequestHeadroom;
        return pool >= needed
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"ConnectionStrings:Postgres allows {pool} connections (Maximum Pool Size) but this instance runs {options.TotalWorkers} job workers " +
                $"(Jobs:Sync:Workers {options.Sync.Workers}, Jobs:Reports:Workers {options.Reports.Workers}, Jobs:Housekeeping:Workers {options.Housekeeping.Workers}) " +
                $"and keeps {RequestHeadroom} for requests: raise Maximum Pool Size to at least {needed} or run fewer workers.");
    }
}
