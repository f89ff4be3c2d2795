using Npgsql;

namespace OutlookRelations.Server.Tests.Infrastructure;

/// <summary>A database of its own for one test, dropped afterwards.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string _server = Environment.GetEnvironmentVariable(OutlookRelations.Testing.PostgresFactAttribute.Variable)!;
    private readonly string _name = $"outlookrelations_{Guid.NewGuid():N}";

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var database = new PostgresDatabase();
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database._name}\"");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The settings that put a RelationsApp on this database, jobs included.</summary>
    public Dictionary<string, string?> Settings(bool runJobs = false) => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["ConnectionStrings:Postgres"] = ConnectionString,
        ["Jobs:RunServer"] = runJobs ? "true" : "false",
    };
}

/// <summary>PostgreSQL tests run one at a time: each brings job servers that poll the same server.</summary>
[CollectionDefinition(nameof(PostgresCollection), DisableParallelization = true)]
public sealed class PostgresCollection;
