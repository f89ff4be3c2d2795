using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Postgres;

/// <summary>A first sync into a new database analyses the mail tables once it has outgrown their statistics.</summary>
[Trait("Category", "Postgres")]
[Collection(nameof(PostgresCollection))]
public sealed class PlannerStatisticsTests
{
    private static Task<double> PlannedRowsAsync(RelationsDbContext db) =>
        db.Database.SqlQueryRaw<double>("SELECT reltuples::float8 AS \"Value\" FROM pg_class WHERE relname = 'MessageCopies'").SingleAsync();

    [PostgresFact]
    public async Task Below_a_thousand_messages_nothing_is_analysed_and_at_each_doubling_the_tables_are_when_the_planner_counts_fewer_rows()
    {
        await using var emulator = await GraphEmulatorServer.StartAsync(new EmulatorStore());
        await using var database = await TemporaryPostgres.CreateAsync();
        await using var app = new RelationsApp(emulator, settings: database.Settings());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        var statistics = scope.ServiceProvider.GetRequiredService<PlannerStatistics>();

        await statistics.CatchUpAsync(999, CancellationToken.None);
        Assert.Equal(-1, await PlannedRowsAsync(db)); // never analysed

        await statistics.CatchUpAsync(1_000, CancellationToken.None);
        Assert.Equal(0, await PlannedRowsAsync(db)); // analysed: the table is empty
    }

    [PostgresFact]
    public async Task A_first_sync_of_a_large_mailbox_leaves_statistics_that_count_its_mail()
    {
        var store = new EmulatorStore();
        MailboxBuilder.Fill(MailboxBuilder.AddUser(store, "ana"), 2_500, contacts: 30);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var database = await TemporaryPostgres.CreateAsync();
        await using var app = new RelationsApp(emulator, settings: database.Settings());
        var owner = (await app.ImportDirectoryAsync()).Single();

        await app.SyncAsync(owner);

        await using var scope = app.Services.CreateAsyncScope();
        // Analysed at 1,000 and 2,000 stored messages, so the planner knows of at least 2,000.
        Assert.True(await PlannedRowsAsync(scope.ServiceProvider.GetRequiredService<RelationsDbContext>()) >= 2_000);
    }
}
