using System.Net;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Tests;

public sealed class FaultInjectionTests
{
    [Fact]
    public async Task Throttling_answers_429_with_an_integer_Retry_After_then_recovers()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 1);
        var rule = f.Server.Faults.Add(FaultRule.Throttle(times: 2, retryAfterSeconds: 3));
        var url = $"{f.UserPath}/mailFolders/inbox/messages/delta";

        var (first, body) = await f.GetAsync(url);
        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal("3", first.Headers.GetValues("Retry-After").Single());
        Assert.Equal("TooManyRequests", body.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await f.GetAsync(url)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await f.GetAsync(url)).Response.StatusCode);
        Assert.Equal(2, rule.Fired);
        Assert.Equal(3, f.Server.Faults.RequestCount);
    }

    [Fact]
    public async Task Faults_can_target_a_path_and_wait_for_the_nth_request()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 30);
        var rule = f.Server.Faults.Add(FaultRule.SyncStateLost(skipFirst: 1));
        f.Server.Faults.Add(FaultRule.Unavailable(times: 1, pathContains: "calendarView"));

        var (page1, body) = await f.GetAsync($"{f.UserPath}/mailFolders/inbox/messages/delta", pageSize: 10);
        Assert.Equal(HttpStatusCode.OK, page1.StatusCode); // no token yet: the 410 rule does not apply
        var next = body.GetProperty("@odata.nextLink").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await f.GetAsync(next)).Response.StatusCode); // first token request: skipped
        Assert.Equal(HttpStatusCode.Gone, (await f.GetAsync(next)).Response.StatusCode);
        Assert.Equal(1, rule.Fired);

        var calendar = await f.GetAsync($"{f.UserPath}/calendarView/delta?startDateTime=2026-01-01T00:00:00Z&endDateTime=2026-12-31T00:00:00Z");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, calendar.Response.StatusCode);
    }

    [Fact]
    public async Task A_delta_link_that_misses_changes_answers_an_empty_page_with_the_same_link_while_the_folder_has_newer_mail()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 3);
        var (_, deltaLink, _) = await f.ReadRoundAsync($"{f.UserPath}/mailFolders/inbox/messages/delta");
        f.Mailbox.Inbox.Upsert(EmulatorFixture.Message("late") with { ReceivedDateTime = EmulatorFixture.Start.AddDays(30) });
        var rule = f.Server.Faults.Add(FaultRule.DeltaMissesChanges(times: 1, pathContains: "inbox"));

        var (stuck, body) = await f.GetAsync(deltaLink);
        Assert.Equal(HttpStatusCode.OK, stuck.StatusCode);
        Assert.Equal(0, body.GetProperty("value").GetArrayLength());
        Assert.Equal(deltaLink, body.GetProperty("@odata.deltaLink").GetString());
        Assert.Equal(1, rule.Fired);
        // The folder's own list has the message the delta did not report; the next delta round reports it.
        var (_, newest) = await f.GetAsync($"{f.UserPath}/mailFolders/inbox/messages?$top=1&$orderby=receivedDateTime desc&$select=receivedDateTime");
        Assert.Equal(EmulatorFixture.Start.AddDays(30), newest.GetProperty("value")[0].GetProperty("receivedDateTime").GetDateTimeOffset());
        var (items, _, _) = await f.ReadRoundAsync(deltaLink);
        Assert.Single(items);
    }
}
