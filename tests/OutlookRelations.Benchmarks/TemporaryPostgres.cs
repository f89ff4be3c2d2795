using Npgsql;

namespace OutlookRelations.Benchmarks;

/// <summary>
/// A database of its own on the server OUTLOOKRELATIONS_TEST_POSTGRES names (tests/postgres.sh
/// starts one), dropped afterwards; null when no server is named.
/// </summary>
internal sealed class TemporaryPostgres : IAsyncDisposable
{
    public const string Variable = "OUTLOOKRELATIONS_TEST_POSTGRES";
    public const string NotMeasured = "not measured (set OUTLOOKRELATIONS_TEST_POSTGRES, e.g. by sourcing tests/postgres.sh and running start_test_postgres)";
    private readonly string _server;
    private readonly string _name = $"outlookrelations_bench_{Guid.NewGuid():N}";

    private TemporaryPostgres(string server) => _server = server;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    /// <summary>The settings that put the server on this database.</summary>
    public Dictionary<string, string?> Settings => new() { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:Postgres"] = ConnectionString };

    public static async Task<TemporaryPostgres?> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server)) return null;
        var database = new TemporaryPostgres(server);
        await ExecuteAsync(server, $"CREATE DATABASE \"{database._name}\"");
        return database;
    }

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
