using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.GraphEmulator.Sources;
using OutlookRelations.Server.OpenApi;
using OutlookRelations.Server.Storage;
using Xunit.Abstractions;

namespace OutlookRelations.Server.Tests.OpenApi;

/// <summary>
/// Issue 17: the API document says what the server really answers. Every operation with a JSON
/// answer is called the way the pages call it, and each answer is checked against the schema the
/// document gives for its status; an operation the document lists and this test never called fails
/// too, so a new endpoint is checked from the day it is mapped.
/// </summary>
public sealed class DocumentedAnswersTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Ana = "ana@fabrikam.example";
    private static readonly EmailAddress Carla = new("Carla Reyes", "carla@adventure-works.example");

    private GraphEmulatorServer _emulator = null!;
    private RelationsApp _app = null!;
    private readonly List<string> _problems = [];
    private readonly HashSet<string> _called = new(StringComparer.Ordinal);
    private JsonElement _document;
    private SchemaCheck _check = null!;

    public async Task InitializeAsync()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        // Bo reports to Ana, so her team has someone in it.
        store.AddMailbox(new EmulatedUser(StableId.Guid("bo@fabrikam.example"), "Bo", "bo@fabrikam.example", CompanyName: "Fabrikam", ManagerId: ana.User.Id));
        MailboxBuilder.Fill(ana, 30, contacts: 5);
        var me = new EmailAddress("ana", Ana);
        var now = TestClock.Origin;
        // Said in mail, so Carla's card has a detail the memory engine found, with its source, besides a note written by hand.
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "pet", Carla, me, now.AddDays(-3), body: "Our new puppy Biscuit chewed my charger."));
        ana.SentItems.Upsert(MailboxBuilder.Message(ana, "reply", me, Carla, now.AddDays(-2), body: "Poor charger!"));
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "review", now.AddDays(1), Carla));
        _emulator = await GraphEmulatorServer.StartAsync(store);
        _app = new RelationsApp(_emulator, settings: new Dictionary<string, string?>
        {
            ["Jobs:RunServer"] = "true", // reports are built by the job server
            ["Demo:Managers:0"] = Ana,
            ["Demo:Admins:0"] = Ana,
        });
        foreach (var owner in await _app.ImportDirectoryAsync()) await _app.SyncAsync(owner);
        using var anonymous = _app.CreateClient();
        _document = await anonymous.GetFromJsonAsync<JsonElement>(ApiDocument.Path);
        _check = new SchemaCheck(_document);
    }

    [Fact]
    public async Task Every_JSON_answer_is_what_the_document_says()
    {
        using var client = _app.ClientAs(Ana);
        await Answer(client, "GET", "/api/client-config");
        await Answer(client, "GET", "/api/me");
        await Answer(client, "GET", "/api/contacts", "/api/contacts?top=50");
        var note = await Answer(client, "POST", "/api/contacts/{email}/details", $"/api/contacts/{Carla.Address}/details", new { text = "Prefers calls after lunch" }, 201);
        var detail = note.GetProperty("id").GetInt64();
        await Answer(client, "POST", "/api/details/{id}/confirm", $"/api/details/{detail}/confirm");
        await Answer(client, "PATCH", "/api/details/{id}", $"/api/details/{detail}", new { summary = "Prefers calls after two" });
        await Answer(client, "POST", "/api/stories", body: new { detailId = detail, note = "She asked after the team" }, expected: 201);
        await Answer(client, "POST", "/api/stories", body: new { detailId = detail }); // shared already: the same story
        await Answer(client, "GET", "/api/stories");
        await Answer(client, "GET", "/api/sidebar", $"/api/sidebar?recipients={Carla.Address},{MailboxBuilder.Contact(1).Address},nobody@nowhere.example,not-an-address");
        await Answer(client, "GET", "/api/sidebar", "/api/sidebar?recipients=,,", expected: 400);
        await Answer(client, "GET", "/api/today");
        await Answer(client, "GET", "/api/meetings/{id}/brief", $"/api/meetings/{Uri.EscapeDataString(await MeetingAsync())}/brief");
        await Answer(client, "POST", "/api/sync", expected: 202);
        await Answer(client, "GET", "/api/sync/status");

        var report = (await Answer(client, "POST", "/api/reports", body: new { scope = "me" }, expected: 202)).GetProperty("id").GetGuid();
        Assert.Equal("succeeded", (await ReportPolling.WaitAsync(client, report)).GetProperty("status").GetString());
        await Answer(client, "GET", "/api/reports/{id}", $"/api/reports/{report}");
        await Answer(client, "GET", "/api/reports");
        await Answer(client, "GET", "/api/reports/team");
        await Answer(client, "GET", "/api/reports/schedule");
        await Answer(client, "PUT", "/api/reports/schedule", body: new { scope = "me", timeZone = "Europe/London" });

        var settings = await Answer(client, "GET", "/api/admin/settings");
        await Answer(client, "PUT", "/api/admin/settings", body: settings);
        await Answer(client, "GET", "/api/admin/audit");
        await Answer(client, "GET", "/api/warm-paths/consent");
        await Answer(client, "PUT", "/api/warm-paths/consent", body: new { share = false });
        await Answer(client, "GET", "/api/digest");
        await Answer(client, "PUT", "/api/digest", body: new { enabled = true }, expected: 409); // no sender mailbox yet
        await Answer(client, "PUT", "/api/admin/settings", body: SettingsBody.With(senderMailbox: Ana));
        await Answer(client, "PUT", "/api/digest", body: new { enabled = true });
        await Answer(client, "GET", "/api/admin/mailboxes");
        await Answer(client, "GET", "/api/admin/sync");
        await Answer(client, "POST", "/api/me/pause");
        await Answer(client, "POST", "/api/me/resume");
        await Answer(client, "GET", "/api/me/export");

        var documented = JsonOperations().ToList();
        var uncalled = documented.Except(_called, StringComparer.Ordinal).ToList();
        output.WriteLine($"{_called.Count} of the document's {documented.Count} operations with a JSON answer called; {_problems.Count} problems.");
        Assert.True(uncalled.Count == 0, $"Operations the document lists with a JSON answer that this test never checks (call them above): {string.Join(", ", uncalled)}");
        Assert.True(_problems.Count == 0, string.Join("\n", _problems));
    }

    /// <summary>Calls the operation, checks the status and the body against the document, and returns the body.</summary>
    private async Task<JsonElement> Answer(HttpClient client, string method, string template, string? path = null, object? body = null, int expected = 200)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path ?? template);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var call = $"{method} {path ?? template}";
        Assert.True((int)response.StatusCode == expected, $"{call}: expected {expected}, got {(int)response.StatusCode} {text}");
        _called.Add($"{method} {template}");

        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        if (!Operation(method, template).GetProperty("responses").TryGetProperty(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), out var documented))
        {
            _problems.Add($"{call}: answered {expected}, a status the document does not list");
            return default;
        }
        if (!documented.TryGetProperty("content", out var content) || !content.TryGetProperty(mediaType, out var media))
        {
            _problems.Add($"{call}: answered {expected} as '{mediaType}', which the document does not list for {expected}");
            return default;
        }
        var answer = JsonDocument.Parse(text).RootElement.Clone();
        _problems.AddRange(_check.Problems(answer, media.GetProperty("schema"), "$").Select(p => $"{call}: {p}"));
        return answer;
    }

    private JsonElement Operation(string method, string template) =>
        _document.GetProperty("paths").GetProperty(template).GetProperty(method.ToLowerInvariant());

    // "GET /api/today" for each operation whose success answer is JSON.
    private IEnumerable<string> JsonOperations() =>
        from path in _document.GetProperty("paths").EnumerateObject()
        from operation in path.Value.EnumerateObject()
        where operation.Value.GetProperty("responses").EnumerateObject()
            .Any(r => r.Name.StartsWith('2') && r.Value.TryGetProperty("content", out var c) && c.TryGetProperty("application/json", out _))
        select $"{operation.Name.ToUpperInvariant()} {path.Name}";

    private async Task<string> MeetingAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        return await db.Meetings.IgnoreQueryFilters().Select(m => m.GraphId).FirstAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _emulator.DisposeAsync();
    }
}
