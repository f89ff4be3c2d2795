using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Engagement;

/// <summary>
/// The engagement facts kept on ingest equal a from-scratch recomputation after every change:
/// a first sync, deletions, new mail that ends a dormant silence, a cancelled meeting, a dismissal.
/// </summary>
public sealed class IncrementalFactsTests
{
    private static readonly EmailAddress[] People = [.. Enumerable.Range(0, 6).Select(MailboxBuilder.Contact)];

    [Fact]
    public async Task Stored_facts_equal_a_brute_force_recomputation_after_every_change()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        var me = new EmailAddress("Ana", ana.User.Mail);
        var random = new Random(7);
        var start = MailboxBuilder.Start;
        var n = 0;
        EmulatedMessage Write(bool outgoing, EmailAddress[] others, DateTimeOffset at, string conversation, string? body = null)
        {
            var key = $"m{++n}";
            var message = MailboxBuilder.Message(ana, key, outgoing ? me : others[0], outgoing ? others[0] : me, at, conversation: conversation, body: body)
                with { Cc = outgoing ? others[1..] : [] };
            (outgoing ? ana.SentItems : ana.Inbox).Upsert(message);
            return message;
        }
        // 30 conversations of 1–5 messages with one or two people, sides at random, over 200 days.
        for (var c = 0; c < 30; c++)
        {
            var people = random.Next(4) == 0 ? new[] { People[random.Next(6)], People[random.Next(6)] }.Distinct().ToArray() : [People[random.Next(6)]];
            var at = start.AddDays(random.Next(200)).AddHours(random.Next(24));
            for (var k = random.Next(1, 6); k > 0; k--, at = at.AddHours(random.Next(1, 72)))
            {
                var outgoing = random.Next(2) == 0;
                // In a two-person thread, either person may be the one who writes back.
                var sender = people[random.Next(people.Length)];
                Write(outgoing, outgoing ? people : [sender, .. people.Where(p => p != sender)], at, $"c{c}",
                    body: random.Next(5) == 0 ? "My daughter Emma started ballet lessons this week." : null);
            }
        }
        Write(outgoing: true, [me], start.AddDays(3), "self");     // mail to oneself
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "accepted", start.AddDays(10), People[0]));
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "silent", start.AddDays(11), People[1]) with { Attendees = [new(People[1], "required", "none")] });
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "declined", start.AddDays(12), People[2]) with { Attendees = [new(People[2], "required", "declined")] });
        var cancelLater = MailboxBuilder.Meeting(ana, "later", start.AddDays(13), People[3]);
        ana.Calendar.Upsert(cancelLater);

        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single();

        await app.SyncAsync(owner);
        await AssertStoredEqualsBruteForce(app, owner);

        // Deletions, then a contact silent for a year writes again and Ana answers: a re-engagement.
        foreach (var gone in ana.SentItems.Live().Take(5).ToList()) ana.SentItems.Remove(gone.Id);
        var back = start.AddDays(400);
        Write(outgoing: false, [People[5]], back, "comeback");
        Write(outgoing: true, [People[5]], back.AddHours(2), "comeback");
        ana.Calendar.Upsert(cancelLater with { IsCancelled = true, ChangeKey = 1 });
        await app.SyncAsync(owner);
        var facts = await AssertStoredEqualsBruteForce(app, owner);
        Assert.Contains(facts, f => f.ReEngagements > 0);
        Assert.Contains(facts, f => f.SmallTalk > 0);

        // Dismissing a detail takes its message out of the small talk share.
        var detail = await app.ReadAsAsync(owner, db => db.ContactDetails.FirstAsync(d => d.Kind == Memory.Extraction.ArtifactKind.Family));
        using var client = app.ClientAs(owner.Email);
        (await client.PostAsync($"/api/details/{detail.Id}/dismiss", null)).EnsureSuccessStatusCode();
        await AssertStoredEqualsBruteForce(app, owner);
    }

    private static async Task<List<BruteForceFacts.Facts>> AssertStoredEqualsBruteForce(RelationsApp app, MailboxOwner owner)
    {
        var expected = await app.ReadAsAsync(owner, db => BruteForceFacts.ComputeAsync(db, owner.Email));
        var stored = await app.ReadAsAsync(owner, async db => (await db.RelationshipFacts.OrderBy(f => f.ContactId).ToListAsync()).Select(BruteForceFacts.From).ToList());
        Assert.NotEmpty(expected);
        Assert.Equal(expected, stored);
        return stored;
    }
}
