using Microsoft.EntityFrameworkCore;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Storage;
using Direction = OutlookRelations.Server.Storage.Direction;

namespace OutlookRelations.Benchmarks.Load;

/// <summary>
/// One owner's mailbox at the scale the load benchmark asks for: N interactions over three years with
/// M contacts in 2,000 organisations, contacts drawn with a long tail (a few people account for
/// thousands of messages, most for a handful), a second participant on a third of messages, and a
/// remembered detail for every fifth contact. Contact figures are computed from the generated mail,
/// as ingest would have kept them. Deterministic (seeded), so runs compare.
/// </summary>
internal static class LoadSeed
{
    public sealed record Seeded(IReadOnlyList<string> Emails, IReadOnlyList<string> Busiest, int Interactions, int Participants);

    private const int Organisations = 2000;

    public static async Task<Seeded> SeedAsync(IServiceProvider services, MailboxOwner owner, int contactCount, int interactionCount, DateTimeOffset now)
    {
        var random = new Random(42);
        var cumulative = LongTail(contactCount);
        var contacts = Enumerable.Range(0, contactCount).Select(i => new Contact
        {
            Id = i + 1, TenantId = owner.TenantId, OwnerId = owner.Id,
            Email = $"person{i}@org{i % Organisations}.example", DisplayName = $"Person {i}", Organisation = $"Org {i % Organisations}",
        }).ToList();

        var interactions = new List<Interaction>(interactionCount);
        var participants = new List<InteractionParticipant>(interactionCount * 4 / 3);
        for (var k = 0; k < interactionCount; k++)
        {
            var sent = now.AddMinutes(-random.Next(3 * 365 * 24 * 60));
            var outgoing = random.Next(2) == 0;
            var interaction = new Interaction
            {
                Id = k + 1, TenantId = owner.TenantId, OwnerId = owner.Id, InternetMessageId = $"<m{k}@load.example>",
                ConversationId = $"conv-{k / 3}", Subject = $"Subject {k / 3}", Direction = outgoing ? Direction.Outgoing : Direction.Incoming, SentAt = sent,
                Question = !outgoing && k % 5 == 0 ? "Could you send the revised quote?" : null,
            };
            interactions.Add(interaction);
            var main = Pick(cumulative, random);
            Record(contacts[main], interaction, participants, outgoing ? ParticipantRole.To : ParticipantRole.From, outgoing);
            if (k % 3 == 0)
            {
                var other = Pick(cumulative, random);
                if (other != main) Record(contacts[other], interaction, participants, ParticipantRole.Cc, outgoing);
            }
        }

        var sentTo = participants.ToLookup(p => p.ContactId, p => p.SentAt);
        foreach (var contact in contacts) contact.MessagesByMonth = MonthlyMessages.Encode(sentTo[contact.Id], now);

        var details = contacts.Where(c => c.Id % 5 == 0).Select(c => new ContactDetail
        {
            Id = c.Id, TenantId = owner.TenantId, OwnerId = owner.Id, ContactId = c.Id, Kind = ArtifactKind.Family,
            Summary = "daughter's piano recital", Evidence = "My daughter has her piano recital on Saturday.", Confidence = 0.8,
            FirstMentionedAt = now.AddDays(-40), LastMentionedAt = now.AddDays(-40), SourceMessageId = "<m0@load.example>", UpdatedAt = now.AddDays(-40),
        }).ToList();

        async Task InsertAsync<T>(IEnumerable<T> rows) where T : class
        {
            await using var scope = services.CreateAsyncScope();
            await BulkRows.InsertAsync(scope.ServiceProvider.GetRequiredService<RelationsDbContext>(), rows);
        }
        await InsertAsync(contacts);
        // In slices, so neither provider holds a million rows in one transaction or COPY.
        foreach (var slice in interactions.Chunk(100_000)) await InsertAsync(slice);
        foreach (var slice in participants.Chunk(100_000)) await InsertAsync(slice);
        await InsertAsync(details);

        var busiest = contacts.OrderByDescending(c => c.MessagesToContact + c.MessagesFromContact).Take(20).Select(c => c.Email).ToList();
        return new Seeded([.. contacts.Select(c => c.Email)], busiest, interactions.Count, participants.Count);
    }

    /// <summary>
    /// What an earlier run seeded for <paramref name="owner"/> (benchmark --keep), read back rather than
    /// generated again, or null when the database holds nothing yet. A database holding some other
    /// amount (an interrupted seed) is refused, not topped up.
    /// </summary>
    public static async Task<Seeded?> ReadAsync(IServiceProvider services, MailboxOwner owner, int contactCount, int interactionCount)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        var interactions = await db.Interactions.IgnoreQueryFilters().CountAsync(i => i.OwnerId == owner.Id);
        var contacts = await db.Contacts.IgnoreQueryFilters().Where(c => c.OwnerId == owner.Id).OrderBy(c => c.Id)
            .Select(c => new { c.Email, Messages = c.MessagesToContact + c.MessagesFromContact }).ToListAsync();
        if (interactions == 0 && contacts.Count == 0) return null;
        if (interactions != interactionCount || contacts.Count != contactCount)
            throw new InvalidOperationException($"The kept database holds {interactions:N0} interactions and {contacts.Count:N0} contacts, not the "
                + $"{interactionCount:N0} and {contactCount:N0} asked for (an interrupted seed?). Delete it and run again.");
        var participants = await db.InteractionParticipants.IgnoreQueryFilters().CountAsync(p => p.OwnerId == owner.Id);
        var busiest = contacts.OrderByDescending(c => c.Messages).Take(20).Select(c => c.Email).ToList();
        return new Seeded([.. contacts.Select(c => c.Email)], busiest, interactions, participants);
    }

    private static void Record(Contact contact, Interaction interaction, List<InteractionParticipant> participants, ParticipantRole role, bool outgoing)
    {
        participants.Add(new InteractionParticipant { InteractionId = interaction.Id, ContactId = contact.Id, TenantId = contact.TenantId, OwnerId = contact.OwnerId, Role = role, SentAt = interaction.SentAt });
        if (outgoing)
        {
            contact.MessagesToContact++;
            if (contact.LastMessageToContactAt is null || interaction.SentAt > contact.LastMessageToContactAt) contact.LastMessageToContactAt = interaction.SentAt;
        }
        else contact.MessagesFromContact++;
        if (contact.FirstContactAt is null || interaction.SentAt < contact.FirstContactAt) contact.FirstContactAt = interaction.SentAt;
        if (contact.LastContactAt is null || interaction.SentAt > contact.LastContactAt) contact.LastContactAt = interaction.SentAt;
        contact.StrengthLog = RelationshipStrength.LogAdd(contact.StrengthLog, RelationshipStrength.LogWeight(interaction.SentAt));
    }

    // Weight 1/(rank + 50): of a million messages the busiest contact gets about 3,000, the median about 6.
    private static double[] LongTail(int count)
    {
        var cumulative = new double[count];
        var sum = 0.0;
        for (var i = 0; i < count; i++) cumulative[i] = sum += 1.0 / (i + 50);
        for (var i = 0; i < count; i++) cumulative[i] /= sum;
        return cumulative;
    }

    private static int Pick(double[] cumulative, Random random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }
}
