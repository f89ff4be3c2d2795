namespace OutlookRelations.Server.Tests.Health;

/// <summary>Issue 22: a load balancer's probes, liveness apart from readiness.</summary>
public sealed class HealthProbeTests
{
    [Fact]
    public async Task Ready_is_200_with_storage_and_a_job_server_and_live_checks_nothing()
    {
        await using var app = new RelationsApp(null, settings: new Dictionary<string, string?> { ["Jobs:RunServer"] = "true" });
        using var client = app.CreateClient();

        // The job server announces itself a moment after start.
        JsonElement ready = default;
        await Eventually.TrueAsync(async () =>
        {
            using var response = await client.GetAsync("/health/ready");
            ready = await response.Content.ReadFromJsonAsync<JsonElement>();
            return response.StatusCode == HttpStatusCode.OK;
        }, "/health/ready to answer 200");
        Assert.Equal(["jobs", "storage"], ready.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order());

        using var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Empty((await live.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").EnumerateObject());
    }

    [Fact]
    public async Task Without_a_job_server_the_instance_is_live_but_not_ready()
    {
        await using var app = new RelationsApp(null); // Jobs:RunServer=false
        using var client = app.CreateClient();

        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Degraded", (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").GetProperty("jobs").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Without_storage_the_instance_is_live_but_not_ready()
    {
        // Entra sign-in, as in production: a probe carries no token, so nothing reads the database before
        // the checks do (demo sign-in looks its user up on every request, so there everything fails with storage).
        await using var app = new RelationsApp(null, settings: new Dictionary<string, string?>
        {
            ["Jobs:RunServer"] = "true", ["Identity:Provider"] = "Entra", ["Entra:TenantId"] = Guid.NewGuid().ToString(), ["Entra:ClientId"] = Guid.NewGuid().ToString(),
        });
        using var client = app.CreateClient();
        // The database file goes away under the running server (a volume lost); a folder in its place cannot be opened.
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OutlookRelations.Server.Storage.StorageOptions>>().Value.ConnectionString).DataSource;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        Directory.CreateDirectory(path);
        try
        {
            using var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            Directory.Delete(path);
        }
    }
}
