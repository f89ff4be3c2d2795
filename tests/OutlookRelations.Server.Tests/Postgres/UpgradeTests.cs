using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Postgres;

/// <summary>Upgrading a database that already holds mail keeps it whole: migrations fill in what new columns need.</summary>
public sealed class UpgradeTests
{
    [Fact]
    public async Task Participants_stored_before_the_upgrade_get_their_messages_time()
    {
        var path = Path.Combine(Path.GetTempPath(), $"outlookrelations-upgrade-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<SqliteRelationsDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options;
        try
        {
            await using var db = new SqliteRelationsDbContext(options, new DataScope());
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(db.Database.GetMigrations().First()); // the schema as first released
            // Rows written by that release, with its columns only.
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Tenants" ("Id", "Name", "Domain") VALUES ('6F9619FF-8B86-D011-B42D-00C04FC964FF', 'Fabrikam', 'fabrikam.example');
                INSERT INTO "Owners" ("Id", "TenantId", "GraphUserId", "Email", "DisplayName", "CollectionPaused")
                    VALUES ('7F9619FF-8B86-D011-B42D-00C04FC964FF', '6F9619FF-8B86-D011-B42D-00C04FC964FF', 'u1', 'ana@fabrikam.example', 'Ana', 0);
                INSERT INTO "Contacts" ("Id", "TenantId", "OwnerId", "Email", "DisplayName", "MessagesToContact", "MessagesFromContact", "MeetingsTogether", "StrengthLog")
                    VALUES (1, '6F9619FF-8B86-D011-B42D-00C04FC964FF', '7F9619FF-8B86-D011-B42D-00C04FC964FF', 'carla@contoso.example', 'Carla', 1, 0, 0, 0);
                INSERT INTO "Interactions" ("Id", "TenantId", "OwnerId", "InternetMessageId", "ConversationId", "Subject", "Direction", "SentAt")
                    VALUES (10, '6F9619FF-8B86-D011-B42D-00C04FC964FF', '7F9619FF-8B86-D011-B42D-00C04FC964FF', '<a@x>', 'c', 'Hello', 1, 638000000000000000);
                INSERT INTO "InteractionParticipants" ("InteractionId", "ContactId", "Role", "TenantId", "OwnerId")
                    VALUES (10, 1, 1, '6F9619FF-8B86-D011-B42D-00C04FC964FF', '7F9619FF-8B86-D011-B42D-00C04FC964FF');
                """);

            await migrator.MigrateAsync();

            var sentAt = await db.Database.SqlQueryRaw<long>("""SELECT "SentAt" AS "Value" FROM "InteractionParticipants" """).SingleAsync();
            Assert.Equal(638000000000000000, sentAt);
            Assert.Null(await db.Database.SqlQueryRaw<string?>("""SELECT "MessagesByMonth" AS "Value" FROM "Contacts" """).SingleAsync()); // counted on demand until touched
        }
        finally
        {
            File.Delete(path);
        }
    }
}
