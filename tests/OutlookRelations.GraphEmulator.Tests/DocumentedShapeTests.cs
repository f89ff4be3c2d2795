using System.Text.Json;
using OutlookRelations.Testing;

namespace OutlookRelations.GraphEmulator.Tests;

/// <summary>
/// The emulator's JSON against Microsoft's own documented payloads (../shared/data/graph-samples):
/// same property names, same nesting, so the SDK meets what it would meet in production.
/// </summary>
public sealed class DocumentedShapeTests
{
    private const string Samples = "graph-samples";

    private static JsonElement Sample(string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedData.PathTo(Samples)!, file))).RootElement.Clone();

    private static List<string> Names(JsonElement e) => [.. e.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    [SharedDataFact(Samples)]
    public async Task A_first_page_with_select_matches_the_documented_delta_page()
    {
        var sample = Sample("01-message-delta-page1-nextLink.json");
        await using var f = await EmulatorFixture.StartAsync(messages: 5);

        var (_, page) = await f.GetAsync($"{f.UserPath}/mailFolders/inbox/messages/delta?$select=subject,sender,isRead", pageSize: 2);

        Assert.Equal(Names(sample), Names(page));
        Assert.Equal(Names(sample.GetProperty("value")[0]), Names(page.GetProperty("value")[0]));
        Assert.Equal(Names(sample.GetProperty("value")[0].GetProperty("sender").GetProperty("emailAddress")),
            Names(page.GetProperty("value")[0].GetProperty("sender").GetProperty("emailAddress")));
    }

    [SharedDataFact(Samples)]
    public async Task A_next_round_with_a_removal_matches_the_documented_shapes()
    {
        var sample = Sample("03-message-delta-next-round-with-removed.json");
        await using var f = await EmulatorFixture.StartAsync(messages: 2);
        var (_, deltaLink, _) = await f.ReadRoundAsync($"{f.UserPath}/mailFolders/inbox/messages/delta?$select=subject,sender,isRead");
        f.Mailbox.Inbox.Remove("id-m0");

        var (_, page) = await f.GetAsync(deltaLink);

        Assert.Equal(Names(sample), Names(page));
        Assert.Equal(Names(sample.GetProperty("value")[0]), Names(page.GetProperty("value")[0]));
        Assert.Equal(sample.GetProperty("value")[0].GetProperty("@removed").GetProperty("reason").GetString(),
            page.GetProperty("value")[0].GetProperty("@removed").GetProperty("reason").GetString());
    }

    [SharedDataFact(Samples)]
    public async Task Events_carry_the_documented_event_and_attendee_shapes()
    {
        var sample = Sample("05-event-with-attendees.json");
        await using var f = await EmulatorFixture.StartAsync(messages: 0);
        f.Mailbox.Calendar.Upsert(EmulatorFixture.Event("e1", EmulatorFixture.Start));

        var (items, _, _) = await f.ReadRoundAsync($"{f.UserPath}/calendarView/delta?startDateTime=2026-01-01T00:00:00Z&endDateTime=2026-12-31T00:00:00Z");
        var served = Assert.Single(items);

        // Every property sync reads is there, named as documented (the body is deliberately not served).
        foreach (var name in new[] { "id", "subject", "start", "end", "location", "attendees", "organizer", "@odata.etag" })
            Assert.True(served.TryGetProperty(name, out _), $"event lacks {name}");
        Assert.Equal(Names(sample.GetProperty("start")), Names(served.GetProperty("start")));
        Assert.Equal(Names(sample.GetProperty("attendees")[0]), Names(served.GetProperty("attendees")[0]));
        Assert.Equal(Names(sample.GetProperty("attendees")[0].GetProperty("status")), Names(served.GetProperty("attendees")[0].GetProperty("status")));
        Assert.Equal(Names(sample.GetProperty("organizer").GetProperty("emailAddress")), Names(served.GetProperty("organizer").GetProperty("emailAddress")));
    }
}
