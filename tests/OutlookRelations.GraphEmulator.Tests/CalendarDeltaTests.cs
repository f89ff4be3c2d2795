using System.Net;

namespace OutlookRelations.GraphEmulator.Tests;

public sealed class CalendarDeltaTests
{
    private const string Window = "startDateTime=2026-03-01T00:00:00Z&endDateTime=2026-04-01T00:00:00Z";

    [Fact]
    public async Task CalendarView_delta_needs_a_window_and_serves_only_events_inside_it()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 0);
        f.Mailbox.Calendar.Upsert(EmulatorFixture.Event("inside", new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.Zero)));
        f.Mailbox.Calendar.Upsert(EmulatorFixture.Event("outside", new DateTimeOffset(2026, 6, 10, 15, 0, 0, TimeSpan.Zero)));

        var (noWindow, _) = await f.GetAsync($"{f.UserPath}/calendarView/delta()");
        Assert.Equal(HttpStatusCode.BadRequest, noWindow.StatusCode);

        var (items, _, _) = await f.ReadRoundAsync($"{f.UserPath}/calendarView/delta?{Window}");
        var e = Assert.Single(items);
        Assert.Equal("ev-inside", e.GetProperty("id").GetString());
        Assert.Equal("2026-03-10T15:00:00.0000000", e.GetProperty("start").GetProperty("dateTime").GetString());
        Assert.Equal("UTC", e.GetProperty("start").GetProperty("timeZone").GetString());
        Assert.Equal("accepted", e.GetProperty("attendees")[0].GetProperty("status").GetProperty("response").GetString());
    }

    [Fact]
    public async Task The_window_is_fixed_in_the_token_and_removals_outside_it_are_still_reported()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 0);
        f.Mailbox.Calendar.Upsert(EmulatorFixture.Event("outside", new DateTimeOffset(2026, 6, 10, 15, 0, 0, TimeSpan.Zero)));
        var (_, deltaLink, _) = await f.ReadRoundAsync($"{f.UserPath}/calendarView/delta?{Window}");

        f.Mailbox.Calendar.Upsert(EmulatorFixture.Event("new-inside", new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero)));
        f.Mailbox.Calendar.Upsert(EmulatorFixture.Event("new-outside", new DateTimeOffset(2026, 5, 20, 9, 0, 0, TimeSpan.Zero)));
        f.Mailbox.Calendar.Remove("ev-outside");
        var (items, _, _) = await f.ReadRoundAsync(deltaLink);

        Assert.Equal(["ev-new-inside", "ev-outside"], items.Select(i => i.GetProperty("id").GetString()).Order(StringComparer.Ordinal).ToList());
        Assert.True(items.Single(i => i.GetProperty("id").GetString() == "ev-outside").TryGetProperty("@removed", out _));
    }
}
