using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Tests.Postgres;

/// <summary>The same product on PostgreSQL: migrations, sync, reports on Hangfire.PostgreSql, erasure.</summary>
[Trait("Category", "Postgres")]
[Collection(nameof(PostgresCollection))]
public sealed class PostgresTests
{
    private static (EmulatorStore Store, Mailbox Ana) Mailbox()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.AddUser(store, "ian");
        MailboxBuilder.Fill(ana, 600, contacts: 30);
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "m1", MailboxBuilder.Start.AddDays(3), MailboxBuilder.Contact(1)));
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "m2", TestClock.Origin.AddDays(3), MailboxBuilder.Contact(3)));
        // Something to remember, recent enough to be on the card.
        var me = new EmailAddress("Ana", ana.User.Mail);
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "pet", MailboxBuilder.Contact(2), me, TestClock.Origin.AddDays(-2), body: "Our new puppy Biscuit chewed my charger."));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "family", MailboxBuilder.Contact(2), me, TestClock.Origin.AddDays(-1), body: "My son Leo turns ten next month."));
        return (store, ana);
    }

    [PostgresFact]
    public async Task Sync_stores_the_same_data_as_on_sqlite_reports_build_on_hangfire_postgres_and_erasure_empties_it()
    {
        var (store, ana) = Mailbox();
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var database = await TemporaryPostgres.CreateAsync();
        var settings = database.Settings(runJobs: true);
        settings["Demo:Admins:0"] = "ian@fabrikam.example";
        await using var postgres = new RelationsApp(emulator, settings: settings);
        await using var sqlite = new RelationsApp(emulator);
        var onPostgres = (await postgres.ImportDirectoryAsync()).Single(o => o.Email == ana.User.Mail);
        var onSqlite = (await sqlite.ImportDirectoryAsync()).Single(o => o.Email == ana.User.Mail);

        await postgres.SyncAsync(onPostgres);
        await sqlite.SyncAsync(onSqlite);

        var expected = await sqlite.SnapshotAsync(onSqlite);
        var actual = await postgres.SnapshotAsync(onPostgres);
        Assert.Equal(expected.Interactions, actual.Interactions);
        Assert.Equal(expected.Contacts, actual.Contacts);
        Assert.Equal(expected.Meetings, actual.Meetings);
        Assert.True(expected.Interactions.Count >= 600);

        // The sidebar's hand-written SQL answers the same on both providers.
        using var client = postgres.ClientAs(ana.User.Mail);
        var recipients = string.Join(',', Enumerable.Range(0, 10).Select(i => MailboxBuilder.Contact(i).Address));
        var cardsOnPostgres = await client.GetStringAsync($"/api/sidebar?recipients={recipients}");
        Assert.Equal(await sqlite.ClientAs(ana.User.Mail).GetStringAsync($"/api/sidebar?recipients={recipients}"), cardsOnPostgres);
        Assert.Contains("\"recentSubjects\":[{", cardsOnPostgres);
        Assert.Contains("\"network\":[{", cardsOnPostgres);
        Assert.Contains("\"details\":[{", cardsOnPostgres);
        Assert.Contains("\"awaitingReply\":[{", cardsOnPostgres);
        Assert.Contains("\"nextMeeting\":{", cardsOnPostgres);

        var report = await ReportPolling.WaitAsync(client, await ReportPolling.RequestAsync(client, new { scope = "me", from = "2025-12-01" }), TimeSpan.FromSeconds(120));
        Assert.Equal("succeeded", report.GetProperty("status").GetString());
        Assert.True(report.GetProperty("headline").GetProperty("messages").GetInt32() > 0);

        using var admin = postgres.ClientAs("ian@fabrikam.example");
        (await admin.DeleteAsync($"/api/admin/mailboxes/{ana.User.Mail}")).EnsureSuccessStatusCode();
        await using var scope = postgres.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        Assert.Equal(0, await db.Interactions.IgnoreQueryFilters().CountAsync(i => i.OwnerId == onPostgres.Id));
        Assert.Equal(0, await db.Contacts.IgnoreQueryFilters().CountAsync(c => c.OwnerId == onPostgres.Id));
        Assert.Equal(0, await db.Reports.IgnoreQueryFilters().CountAsync(r => r.OwnerId == onPostgres.Id));
    }

    [PostgresFact]
    public async Task With_migrations_off_at_start_the_server_refuses_a_stale_schema_until_migrate_runs()
    {
        await using var emulator = await GraphEmulatorServer.StartAsync(Mailbox().Store);
        await using var database = await TemporaryPostgres.CreateAsync();
        var settings = database.Settings();
        settings["Storage:MigrateOnStart"] = "false";

        await using (var refused = new RelationsApp(emulator, settings: settings))
        {
            var error = Assert.ThrowsAny<Exception>(() => refused.CreateClient());
            Assert.Contains("migrate", error.ToString(), StringComparison.Ordinal);
        }

        var migrateFirst = new Dictionary<string, string?>(database.Settings());
        await using (var migrator = new RelationsApp(emulator, settings: migrateFirst)) migrator.CreateClient().Dispose();
        await using var started = new RelationsApp(emulator, settings: settings);
        using var client = started.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }
}
