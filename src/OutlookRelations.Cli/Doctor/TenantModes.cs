using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace OutlookRelations.Cli.Doctor;

/// <summary>How many onboarded tenants there are, and how many of them chose metadata-only mode (an admin setting).</summary>
internal sealed record TenantModes(int Tenants, int MetadataOnly)
{
    /// <summary>Null when the database cannot be read or is not migrated yet (the database check says why).</summary>
    public static TenantModes? Read(IConfiguration config)
    {
        try
        {
            using var connection = Open(config);
            if (connection is null) return null;
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT (SELECT count(*) FROM "Tenants"), (SELECT count(*) FROM "TenantSettings" WHERE "MetadataOnly" = TRUE)
                """;
            using var reader = command.ExecuteReader();
            return reader.Read() ? new TenantModes(Convert.ToInt32(reader.GetValue(0)), Convert.ToInt32(reader.GetValue(1))) : null;
        }
        catch (DbException)
        {
            return null;
        }
    }

    private static DbConnection? Open(IConfiguration config)
    {
        DbConnection? connection = (config["Storage:Provider"] ?? "Sqlite").ToLowerInvariant() switch
        {
            "postgres" when config["ConnectionStrings:Postgres"] is { Length: > 0 } postgres => new NpgsqlConnection(postgres),
            "sqlite" when config["Storage:ConnectionString"] is { Length: > 0 } sqlite
                && File.Exists(new SqliteConnectionStringBuilder(sqlite).DataSource) => new SqliteConnection(sqlite),
            _ => null,
        };
        connection?.Open();
        return connection;
    }
}
