using Microsoft.AspNetCore.DataProtection;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Postgres;

/// <summary>Issue 22: on PostgreSQL, as production runs, two instances share Data Protection's key ring through the database.</summary>
[Trait("Category", "Postgres")]
[Collection(nameof(PostgresCollection))]
public sealed class KeyRingPostgresTests
{
    [PostgresFact]
    public async Task Two_instances_on_one_database_share_the_key_ring()
    {
        await using var database = await TemporaryPostgres.CreateAsync();
        await using var first = new RelationsApp(null, settings: database.Settings());
        first.CreateClient().Dispose();
        var secret = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("key-ring-test").Protect("shared");

        await using var second = new RelationsApp(null, settings: database.Settings());
        second.CreateClient().Dispose();
        Assert.Equal("shared", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("key-ring-test").Unprotect(secret));
        await using var scope = second.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<KeyRingDbContext>().DataProtectionKeys.CountAsync());
    }
}
