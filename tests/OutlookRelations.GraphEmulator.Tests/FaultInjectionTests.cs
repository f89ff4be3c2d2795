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
}
