using System.Text.Json.Nodes;
using OutlookRelations.Server.OpenApi;

namespace OutlookRelations.Server.Tests.OpenApi;

/// <summary>
/// Issue 17: the task pane's API types are generated from a committed copy of the server's OpenAPI
/// document, so the copy must be the document the server serves; and only Development serves it.
/// </summary>
public sealed class ApiDocumentTests
{
    /// <summary>What brings the copy and the pane's types up to date (README, "The API document").</summary>
    public const string Regenerate = "npm --prefix src/OutlookRelations.TaskPane run api-document";

    public static string CommittedPath => Path.Combine(RepositoryPaths.Root!, "src", "OutlookRelations.TaskPane", "openapi.json");

    [Fact]
    public async Task The_committed_document_is_the_one_the_server_serves_in_Development()
    {
        await using var app = new RelationsApp(null);
        using var client = app.CreateClient();

        var served = JsonNode.Parse(await client.GetStringAsync(ApiDocument.Path));
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(CommittedPath));

        Assert.NotEmpty(served!["paths"]!.AsObject());
        var differences = JsonDifferences.Between(committed, served).ToList();
        Assert.True(differences.Count == 0,
            $"src/OutlookRelations.TaskPane/openapi.json is not the document the server serves ({differences.Count} differences). " +
            $"Run `{Regenerate}` (it saves the served document and regenerates src/api/generated/openapi.ts), then commit both.\n" +
            string.Join("\n", differences.Take(20)));
    }

    // Production keeps its data, key ring included, in PostgreSQL and migrates it at start: no start without one.
    [PostgresFact]
    [Trait("Category", "Postgres")]
    public async Task Production_does_not_serve_the_document()
    {
        await using var database = await TemporaryPostgres.CreateAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "false",
            ["Entra:TenantId"] = "0b5c4e7a-1d2f-4a3b-8c9d-0e1f2a3b4c5d",
            ["Entra:ClientId"] = "5b6f2d1e-8c3a-4f7b-9e2d-1a4c6b8d0e2f",
            // Required to start; nothing in this test calls Graph.
            ["Graph:BaseUrl"] = "https://graph.microsoft.com/v1.0",
            ["Graph:ClientSecret"] = "unused",
        };
        foreach (var (key, value) in database.Settings()) settings[key] = value;
        await using var app = new RelationsApp(null, settings: settings, environment: "Production");
        using var client = app.CreateClient();

        using var document = await client.GetAsync(ApiDocument.Path);
        using var config = await client.GetAsync("/api/client-config");

        Assert.Equal(HttpStatusCode.NotFound, document.StatusCode);
        // The server is up and answering: the 404 is the document's absence, not a server that failed to start.
        Assert.Equal(HttpStatusCode.OK, config.StatusCode);
        Assert.DoesNotContain(RouteTable.Endpoints(app.Services), e => e.Pattern.StartsWith("/openapi", StringComparison.Ordinal));
    }
}
