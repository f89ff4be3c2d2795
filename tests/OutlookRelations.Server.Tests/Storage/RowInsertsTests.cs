using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Tests.Postgres;

namespace OutlookRelations.Server.Tests.Storage;

/// <summary>
/// Rows written by RowInserts read back exactly as the same rows written by SaveChanges do, on both
/// providers: every column, through EF's own conversions (ticks, enums, Guids, NUL-free text), in
/// more rows than one statement's parameters allow.
/// </summary>
public sealed class RowInsertsTests
{
    private const int Rows = 150; // ten columns an interaction: on PostgreSQL well past one statement's 900 parameters; on SQLite one prepared statement run 150 times

    [Fact]
    public async Task On_sqlite_rows_inserted_below_ef_read_back_the_same_as_rows_ef_saved()
    {
        await using var emulator = await GraphEmulatorServer.StartAsync(OneUser());
        await using var app = new RelationsApp(emulator);
        await AssertSameAsSaveChangesAsync(app);
    }

    [PostgresFact]
    [Trait("Category", "Postgres")]
    public async Task On_postgres_rows_inserted_below_ef_read_back_the_same_as_rows_ef_saved()
    {
        await using var emulator = await GraphEmulatorServer.StartAsync(OneUser());
        await using var database = await TemporaryPostgres.CreateAsync();
        await using var app = new RelationsApp(emulator, settings: database.Settings());
        await AssertSameAsSaveChangesAsync(app);
    }

    private static EmulatorStore OneUser()
    {
        var store = new EmulatorStore();
        MailboxBuilder.AddUser(store, "ana");
        return store;
    }

    private static async Task AssertSameAsSaveChangesAsync(RelationsApp app)
    {
        var owner = (await app.ImportDirectoryAsync()).First();
        var (saved, inserted, keys) = await app.ReadAsAsync(owner, async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var contact = new Contact { TenantId = owner.TenantId, OwnerId = owner.Id, Email = "ana@contoso.example" };
            db.Contacts.Add(contact);
            // The sets' names are not hexadecimal, so taking them out of the rows cannot touch a Guid.
            db.Interactions.AddRange(Build(owner, contact, "saved"));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();

            var fresh = Build(owner, contact, "rows");
            var keys = await RowInserts.InsertReturningKeysAsync(db, fresh, nameof(Interaction.InternetMessageId), CancellationToken.None);
            foreach (var interaction in fresh)
            {
                interaction.Id = keys[NulFreeText.Strip(interaction.InternetMessageId)];
                foreach (var p in interaction.Participants) (p.InteractionId, p.ContactId) = (interaction.Id, contact.Id);
                foreach (var c in interaction.Copies) c.InteractionId = interaction.Id;
            }
            await RowInserts.InsertAsync(db, [.. fresh.SelectMany(i => i.Participants)], CancellationToken.None);
            await RowInserts.InsertAsync(db, [.. fresh.SelectMany(i => i.Copies)], CancellationToken.None);
            await transaction.CommitAsync();

            var stored = await db.Interactions.AsNoTracking().Include(i => i.Participants).Include(i => i.Copies).ToListAsync();
            string Rows(string set) => string.Join("\n", stored.Where(i => i.InternetMessageId.StartsWith($"<{set}-", StringComparison.Ordinal))
                .Select(i => Columns(db, i).Replace($"{set}-", "", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            return (Rows("saved"), Rows("rows"), keys);
        });

        Assert.Equal(Rows, keys.Count);
        Assert.Contains("x y", inserted, StringComparison.Ordinal); // the NUL in one message id was stripped, as EF's converter does
        Assert.Equal(saved, inserted);
    }

    private static List<Interaction> Build(MailboxOwner owner, Contact contact, string set) => [.. Enumerable.Range(0, Rows).Select(n => new Interaction
    {
        TenantId = owner.TenantId,
        OwnerId = owner.Id,
        InternetMessageId = n == 0 ? $"<{set}-x\0 y@example>" : $"<{set}-{n}@example>",
        ConversationId = $"conv-{n % 7}",
        Subject = n % 3 == 0 ? "Ünïcode — subject" : $"Subject {n}",
        Direction = n % 2 == 0 ? Direction.Outgoing : Direction.Incoming,
        SentAt = new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.FromHours(n % 5)).AddMinutes(n),
        Question = n % 4 == 0 ? null : "Are we still on for Thursday?",
        IsAutomated = n % 6 == 0,
        Participants =
        [
            new() { TenantId = owner.TenantId, OwnerId = owner.Id, Contact = contact, Role = ParticipantRole.From, SentAt = new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.Zero) },
            new() { TenantId = owner.TenantId, OwnerId = owner.Id, Contact = contact, Role = ParticipantRole.To, SentAt = new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.Zero) },
        ],
        Copies = [new() { TenantId = owner.TenantId, OwnerId = owner.Id, GraphId = $"{set}-graph-{n}", Folder = n % 2 == 0 ? "sentitems" : "inbox", SeenGeneration = n, PendingRemoval = n % 9 == 0 }],
    })];

    // Every mapped column but the generated keys, each row's children in a stable order.
    private static string Columns(RelationsDbContext db, object row)
    {
        var entity = db.Model.FindEntityType(row.GetType())!;
        var values = entity.GetProperties().Where(p => p.Name is not ("Id" or "InteractionId" or "ContactId"))
            .Select(p => $"{p.Name}={Convert.ToString(p.GetGetter().GetClrValue(row), System.Globalization.CultureInfo.InvariantCulture)}");
        IEnumerable<string> children = row is Interaction i
            ? i.Participants.Select(p => Columns(db, p)).Concat(i.Copies.Select(c => Columns(db, c))).Order(StringComparer.Ordinal)
            : [];
        return string.Join(";", values.Concat(children));
    }
}
