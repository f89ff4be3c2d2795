using Npgsql;

namespace OutlookRelations.Cli.Doctor;

/// <summary>The database check for Storage:Provider=Postgres: the server answers, and how far its schema is migrated.</summary>
internal static class PostgresDatabase
{
    public static Finding Check(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            return new("database", false, "ConnectionStrings:Postgres is not set.", "Set it from the environment: ConnectionStrings__Postgres=\"Host=…;Database=outlookrelations;Username=…;Password=…\".");
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 10 };
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """SELECT count(*) FROM information_schema.tables WHERE table_name = '__EFMigrationsHistory'""";
            var migrated = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
            var where = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database} (server {connection.PostgreSqlVersion})";
            return migrated
                ? new("database", true, $"{where} opens; the schema has been migrated.")
                : new("database", true, $"{where} opens; it is empty: the server migrates it at start (or run `OutlookRelations.Server migrate`).");
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException or TimeoutException)
        {
            return new("database", false, $"cannot open PostgreSQL: {e.Message.Split('\n')[0]}", "Check ConnectionStrings:Postgres (host, port, database, user, password) and that the server accepts connections from here.");
        }
    }
}
