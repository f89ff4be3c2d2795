using Hangfire;
using Hangfire.Storage;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Tests.Hosting;

/// <summary>
/// The README's promise: start in demo mode and, within a minute, the sidebar answers with real
/// cards. Everything runs as in `dotnet run`: in-process emulator, directory import, Hangfire jobs.
/// </summary>
public sealed class DemoStartTests
{
    private const string Alex = "alex.wilber@fabrikam.example";

    [Fact]
    public async Task Demo_mode_syncs_every_mailbox_by_background_jobs_and_serves_real_cards()
    {
        await using var app = new RelationsApp(emulator: null, settings: new Dictionary<string, string?>
        {
            ["Demo:SyncOnStart"] = "true",
            ["Demo:ContactCount"] = "40",
            ["Jobs:RunServer"] = "true",
        });
        var client = app.ClientAs(Alex);

        await WaitForSyncAsync(client, TimeSpan.FromSeconds(60));

        var contacts = await client.GetFromJsonAsync<JsonElement>("/api/contacts?top=50");
        var customer = contacts.GetProperty("contacts").EnumerateArray()
            .First(c => !c.GetProperty("email").GetString()!.EndsWith("@fabrikam.example", StringComparison.Ordinal));
        var email = customer.GetProperty("email").GetString();
        var card = (await client.GetFromJsonAsync<JsonElement>($"/api/sidebar?recipients={email}")).GetProperty("cards")[0];
        Assert.True(card.GetProperty("known").GetBoolean());
        Assert.True(card.GetProperty("messagesToContact").GetInt32() + card.GetProperty("messagesFromContact").GetInt32() > 0);
        Assert.NotEqual(0, card.GetProperty("recentSubjects").GetArrayLength());
        Assert.False(string.IsNullOrEmpty(card.GetProperty("organisation").GetString()));

        var health = await client.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal("Healthy", health.GetProperty("status").GetString());

        // Every mailbox also has its recurring safety-net sync.
        var owners = await app.ImportDirectoryAsync();
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var recurring = connection.GetRecurringJobs().Select(j => j.Id).ToHashSet();
        Assert.Equal(4, owners.Count);
        Assert.All(owners, o => Assert.Contains(SyncScheduler.RecurringId(o.Id), recurring));
    }

    [Fact]
    public async Task A_sync_can_be_started_on_demand_and_reports_progress()
    {
        await using var app = new RelationsApp(emulator: null, settings: new Dictionary<string, string?>
        {
            ["Demo:SyncOnStart"] = "true",
            ["Demo:ContactCount"] = "20",
            ["Jobs:RunServer"] = "true",
        });
        var client = app.ClientAs(Alex);
        await WaitForSyncAsync(client, TimeSpan.FromSeconds(60));

        // The clock stands still unless moved: move it so the new round starts after the first one.
        var clock = (TestClock)app.Clock;
        clock.Advance(TimeSpan.FromSeconds(1));
        var requestedAt = clock.GetUtcNow();
        var started = await client.PostAsync("/api/sync", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.False(string.IsNullOrEmpty((await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()));
        var status = await WaitForSyncAsync(client, TimeSpan.FromSeconds(30), after: requestedAt);
        Assert.True(status.GetProperty("pages").GetInt32() >= 3, "one delta call per stream at least");
    }

    private static async Task<JsonElement> WaitForSyncAsync(HttpClient client, TimeSpan limit, DateTimeOffset? after = null)
    {
        var deadline = DateTime.UtcNow + limit;
        JsonElement status = default;
        while (DateTime.UtcNow < deadline)
        {
            var response = await client.GetAsync("/api/sync/status");
            if (response.IsSuccessStatusCode)
            {
                status = await response.Content.ReadFromJsonAsync<JsonElement>();
                var state = status.GetProperty("state").GetString();
                Assert.NotEqual("failed", state);
                var startedAt = status.GetProperty("startedAt");
                if (state == "succeeded" && (after is null || startedAt.GetDateTimeOffset() >= after)) return status;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The demo mailbox did not finish syncing within {limit}: {status}");
    }
}
