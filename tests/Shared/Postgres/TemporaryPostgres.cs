using Npgsql;

namespace OutlookRelations.Testing;

/// <summary>
/// A database of its own on the PostgreSQL server OUTLOOKRELATIONS_TEST_POSTGRES names
/// (tests/run-all.sh starts one), dropped afterwards. Shared by the tests and the benchmarks.
/// </summary>
public sealed class TemporaryPostgres : IAsyncDisposable
{
    public const string Variable = "OUTLOOKRELATIONS_TEST_POSTGRES";
    public const string NotMeasured = "not measured (set OUTLOOKRELATIONS_TEST_POSTGRES, e.g. by sourcing tests/postgres.sh and running start_test_postgres)";
    private readonly string _server;
    private readonly string _name = $"outlookrelations_{Guid.NewGuid():N}";

    private TemporaryPostgres(string server) => _server = server;

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    /// <summary>A new database; for tests, which only run when the server is named (see PostgresFactAttribute).</summary>
    public static async Task<TemporaryPostgres> CreateAsync() =>
        await TryCreateAsync() ?? throw new InvalidOperationException($"{Variable} is not set.");

    /// <summary>A new database, or null when no server is named (benchmarks say so and go on).</summary>
    public static async Task<TemporaryPostgres?> TryCreateAsync()
    {
        if (Server is not { } server) return null;
        var database = new TemporaryPostgres(server);
        await ExecuteAsync(server, $"CREATE DATABASE \"{database._name}\"");
        return database;
    }

    /// <summary>The settings that put the server on this database, its job server on or off.</summary>
    public Dictionary<string, string?> Settings(bool runJobs = false) => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["ConnectionStrings:Postgres"] = ConnectionString,
        ["Jobs:RunServer"] = runJobs ? "true" : "false",
    };

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
