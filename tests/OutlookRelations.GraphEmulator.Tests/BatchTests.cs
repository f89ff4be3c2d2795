using System.Net;
using System.Text;
using System.Text.Json;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Tests;

public sealed class BatchTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(EmulatorFixture f, object batch)
    {
        using var content = new StringContent(JsonSerializer.Serialize(batch), Encoding.UTF8, "application/json");
        var response = await f.Http.PostAsync($"{f.Server.GraphBaseUrl}/$batch", content);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static object Get(string id, string url) => new { id, method = "GET", url, headers = new Dictionary<string, string> { ["Prefer"] = "odata.maxpagesize=5" } };

    [Fact]
    public async Task A_batch_answers_each_request_as_if_sent_alone_and_counts_as_one_request()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 7);
        var user = $"/users/{f.Mailbox.User.Id}";
        var before = f.Server.Faults.RequestCount;

        var (status, body) = await PostAsync(f, new { requests = new[] { Get("1", $"{user}/mailFolders/inbox/messages/delta"), Get("2", $"{user}/mailFolders/delta"), Get("3", $"{user}/mailFolders/nosuchfolder") } });

        Assert.Equal(HttpStatusCode.OK, status);
        var answers = body.GetProperty("responses").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal(200, answers["1"].GetProperty("status").GetInt32());
        Assert.Equal(5, answers["1"].GetProperty("body").GetProperty("value").GetArrayLength());
        Assert.Contains("$skiptoken=", answers["1"].GetProperty("body").GetProperty("@odata.nextLink").GetString(), StringComparison.Ordinal);
        Assert.Equal("odata.maxpagesize=5", answers["1"].GetProperty("headers").GetProperty("Preference-Applied").GetString());
        Assert.Equal(5, answers["2"].GetProperty("body").GetProperty("value").GetArrayLength());
        Assert.Equal(404, answers["3"].GetProperty("status").GetInt32());
        Assert.Equal(1, f.Server.Faults.RequestCount - before);
    }

    [Fact]
    public async Task Throttling_inside_a_batch_is_a_429_item_in_a_200_and_more_than_twenty_requests_are_refused()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 1);
        var user = $"/users/{f.Mailbox.User.Id}";
        f.Server.Faults.Add(FaultRule.Throttle(1, retryAfterSeconds: 7, pathContains: "sentitems"));

        var (status, body) = await PostAsync(f, new { requests = new[] { Get("a", $"{user}/mailFolders/inbox/messages/delta"), Get("b", $"{user}/mailFolders/sentitems/messages/delta") } });

        Assert.Equal(HttpStatusCode.OK, status);
        var throttled = body.GetProperty("responses").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "b");
        Assert.Equal(429, throttled.GetProperty("status").GetInt32());
        Assert.Equal("7", throttled.GetProperty("headers").GetProperty("Retry-After").GetString());

        var (tooMany, _) = await PostAsync(f, new { requests = Enumerable.Range(0, 21).Select(i => Get($"{i}", $"{user}/mailFolders/inbox")).ToArray() });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany);
    }
}
