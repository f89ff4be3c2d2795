using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OutlookRelations.Server.Storage;

// One context type per database provider, so each has its own migrations (Storage/Migrations/<provider>).
// Everything else asks for RelationsDbContext and never knows which one it got.

public sealed class SqliteRelationsDbContext(DbContextOptions<SqliteRelationsDbContext> options, DataScope scope) : RelationsDbContext(options, scope);

public sealed class PostgresRelationsDbContext(DbContextOptions<PostgresRelationsDbContext> options, DataScope scope) : RelationsDbContext(options, scope);

/// <summary>For `dotnet ef migrations add … --context SqliteRelationsDbContext`: no running server needed.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRelationsDbContext>
{
    public SqliteRelationsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRelationsDbContext>().UseSqlite("Data Source=design-time.db").Options, new DataScope());
}

/// <summary>For `dotnet ef migrations add … --context PostgresRelationsDbContext`: the connection is never opened.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresRelationsDbContext>
{
    public PostgresRelationsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresRelationsDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options, new DataScope());
}
