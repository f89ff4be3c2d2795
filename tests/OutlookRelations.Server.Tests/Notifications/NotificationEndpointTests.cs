using System.Net;
using System.Net.Http.Json;
using Hangfire;
using OutlookRelations.Server.Notifications;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Tests.Notifications;

/// <summary>The endpoint Graph calls, driven with Graph's documented payload shapes.</summary>
public sealed class NotificationEndpointTests : IAsyncLifetime
{
    private const string Secret = "the-client-state";
    private readonly GraphEmulatorServer _emulator;
    private readonly RelationsApp _app;
    private readonly ReaderCounter _queries = new();
    private MailboxOwner _ana = null!;

    public NotificationEndpointTests()
    {
        var store = new EmulatorStore();
        MailboxBuilder.AddUser(store, "ana");
        _emulator = GraphEmulatorServer.StartAsync(store).GetAwaiter().GetResult();
        _app = new RelationsApp(_emulator, services => services.ConfigureDbContext<SqliteRelationsDbContext>(o => o.AddInterceptors(_queries)));
    }

    public async Task InitializeAsync()
    {
        _ana = (await _app.ImportDirectoryAsync()).Single();
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        db.GraphSubscriptions.Add(new GraphSubscription
        {
            Id = "sub-1", TenantId = _ana.TenantId, OwnerId = _ana.Id, Resource = "messages",
            ClientStateHash = MailboxSubscriptions.Hash(Secret), ExpiresAt = TestClock.Origin.AddDays(2),
        });
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData("/api/graph/notifications")]
    [InlineData("/api/graph/lifecycle")]
    public async Task The_validation_handshake_echoes_the_decoded_token_as_plain_text(string path)
    {
        using var client = _app.CreateClient();
        var token = "Validation: Testing client application reachability for subscription Request-Id: 7b2f<script>";

        var response = await client.PostAsync($"{path}?validationToken={Uri.EscapeDataString(token)}", new StringContent("", null, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(token, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Repeated_notifications_for_a_mailbox_queue_one_sync_until_that_sync_starts()
    {
        using var client = _app.CreateClient();
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(client, Change("sub-1", Secret))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(client, Change("sub-1", Secret), Change("sub-1", Secret))).StatusCode);
        Assert.Equal(1, QueuedSyncs());

        // The sync starts (and clears the request): the next notification is worth a sync of its own.
        await using (var scope = _app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<SyncMailboxJob>().RunAsync(_ana.Id, CancellationToken.None);
        await PostAsync(client, Change("sub-1", Secret));
        await PostAsync(client, Change("sub-1", Secret));
        Assert.Equal(2, QueuedSyncs());
    }

    [Fact]
    public async Task Notifications_for_unknown_subscriptions_or_with_the_wrong_client_state_are_ignored()
    {
        using var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(client, Change("sub-unknown", Secret))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(client, Change("sub-1", "guessed"))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(client, Change("sub-1", null))).StatusCode);
        Assert.Equal(0, QueuedSyncs());
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(client, Change("sub-1", Secret))).StatusCode);
        Assert.Equal(1, QueuedSyncs()); // the same subscription with the right secret does count
    }

    [Fact]
    public async Task Lifecycle_events_queue_the_matching_job_and_nothing_runs_inline()
    {
        using var client = _app.CreateClient();
        await PostAsync(client, Lifecycle("sub-1", "reauthorizationRequired"), Lifecycle("sub-1", "subscriptionRemoved"), Lifecycle("sub-1", "missed"));

        var queued = Queued().Select(j => j.Method.Name).Order().ToList();
        Assert.Equal(["ReauthorizeAsync", "ResubscribeAsync", "RunAsync"], queued);
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<RelationsDbContext>().GraphSubscriptions.AnyAsync(s => s.Id == "sub-1"));
    }

    [Fact]
    public async Task A_body_that_is_not_a_notification_batch_is_a_bad_request()
    {
        using var client = _app.CreateClient();
        var response = await client.PostAsync("/api/graph/notifications", new StringContent("{not json", null, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413_whether_its_length_is_declared_or_not()
    {
        using var client = _app.CreateClient();
        var padding = new string('x', NotificationLimits.MaxBodyBytes);
        var json = JsonSerializer.Serialize(new { value = new[] { new { subscriptionId = "sub-1", clientState = Secret, padding } } });

        using var declared = await client.PostAsync("/api/graph/notifications", new StringContent(json, null, "application/json"));
        var chunked = new StreamContent(new UnknownLengthStream(System.Text.Encoding.UTF8.GetBytes(json)));
        chunked.Headers.ContentType = new("application/json");
        using var undeclared = await client.PostAsync("/api/graph/notifications", chunked);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, undeclared.StatusCode);
        Assert.Equal(0, QueuedSyncs());
    }

    [Fact]
    public async Task A_batch_of_more_items_than_the_limit_is_refused_naming_the_field()
    {
        using var client = _app.CreateClient();

        using var response = await PostAsync(client, [.. Enumerable.Range(0, NotificationLimits.MaxItems + 1).Select(_ => new { subscriptionId = "sub-1", clientState = Secret })]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("value", out _));
        Assert.Equal(0, QueuedSyncs());
    }

    [Fact]
    public async Task A_null_item_is_a_bad_request_naming_it()
    {
        using var client = _app.CreateClient();

        using var response = await client.PostAsync("/api/graph/notifications", new StringContent("""{"value":[null]}""", null, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("value[0]", out _));
    }

    [Fact]
    public async Task A_full_batch_looks_its_subscriptions_up_in_one_query()
    {
        using var client = _app.CreateClient();
        // Graph's own batch: the right secret, a wrong one, unknown ids, the same subscription over and over.
        var items = Enumerable.Range(0, NotificationLimits.MaxItems).Select(i => (i % 4) switch
        {
            0 => Change("sub-1", Secret),
            1 => Change("sub-1", "guessed"),
            _ => Change($"sub-unknown-{i}", Secret),
        }).ToArray();
        var before = _queries.Count;

        using var response = await PostAsync(client, items);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        // Sign-in may read too (the demo scheme looks for a default user); the batch itself reads once.
        var lookups = _queries.Texts.Skip(before).Where(q => q.Contains("\"GraphSubscriptions\"", StringComparison.Ordinal)).ToList();
        Assert.Single(lookups);
        Assert.Equal(1, QueuedSyncs());
    }

    /// <summary>A request body whose length is not known up front, as a chunked upload's is.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, params object[] items) =>
        client.PostAsJsonAsync("/api/graph/notifications", new { value = items });

    // The shape of graph-samples/07-change-notification-post-body.json.
    private object Change(string subscriptionId, string? clientState) => new
    {
        id = Guid.NewGuid().ToString(),
        subscriptionId,
        subscriptionExpirationDateTime = TestClock.Origin.AddDays(1),
        clientState,
        changeType = "created",
        resource = $"Users/{_ana.GraphUserId}/Messages/AAMk1",
        tenantId = _emulator.Store.TenantId,
        resourceData = new Dictionary<string, string> { ["@odata.type"] = "#Microsoft.Graph.Message", ["id"] = "AAMk1" },
    };

    private static object Lifecycle(string subscriptionId, string lifecycleEvent) => new
    {
        subscriptionId,
        subscriptionExpirationDateTime = TestClock.Origin.AddDays(1),
        clientState = Secret,
        lifecycleEvent,
    };

    private IEnumerable<Hangfire.Common.Job> Queued() =>
        QueuedJobs.Jobs(_app.Services.GetRequiredService<JobStorage>());

    private int QueuedSyncs() => Queued().Count(j => j.Type == typeof(SyncMailboxJob));

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _emulator.DisposeAsync();
    }
}
