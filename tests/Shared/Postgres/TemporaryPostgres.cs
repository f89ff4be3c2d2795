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
    private readonly string _name;
    private readonly bool _kept;

    private TemporaryPostgres(string server, string name, bool kept) => (_server, _name, _kept) = (server, name, kept);

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    /// <summary>A new database; for tests, which only run when the server is named (see PostgresFactAttribute).</summary>
    public static async Task<TemporaryPostgres> CreateAsync() =>
        await TryCreateAsync() ?? throw new InvalidOperationException($"{Variable} is not set.");

    /// <summary>A new database, or null when no server is named (benchmarks say so and go on).</summary>
    public static async Task<TemporaryPostgres?> TryCreateAsync()
    {
        if (Server is not { } server) return null;
        var database = new TemporaryPostgres(server, $"outlookrelations_{Guid.NewGuid():N}", kept: false);
        await ExecuteAsync(server, $"CREATE DATABASE \"{database._name}\"");
        return database;
    }

    /// <summary>
    /// The database called <paramref name="name"/>, made if missing and left in place afterwards, or
    /// null when no server is named: for benchmarks that reuse an expensive seed between runs.
    /// </summary>
    public static async Task<TemporaryPostgres?> TryKeepAsync(string name)
    {
        if (Server is not { } server) return null;
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync() is null) await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        return new TemporaryPostgres(server, name, kept: true);
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
        if (_kept) return;
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
