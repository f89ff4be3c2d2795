using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Postgres;

/// <summary>Each provider's migrations describe exactly the current model: a change without a migration fails here.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqliteRelationsDbContext --output-dir Storage/Migrations/Sqlite");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void The_postgres_migrations_match_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context PostgresRelationsDbContext --output-dir Storage/Migrations/Postgres");
        Assert.NotEmpty(db.Database.GetMigrations());
    }
}
