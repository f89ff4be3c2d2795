using System.Net.Http.Headers;
using System.Text.Json;
using OutlookRelations.GraphEmulator.Hosting;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.GraphEmulator.Sources;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Tests;

/// <summary>A running emulator with one small mailbox, and an HttpClient that sends a bearer token.</summary>
public sealed class EmulatorFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private EmulatorFixture(GraphEmulatorServer server, Mailbox mailbox, HttpClient http)
    {
        Server = server;
        Mailbox = mailbox;
        Http = http;
    }

    public GraphEmulatorServer Server { get; }
    public Mailbox Mailbox { get; }
    public HttpClient Http { get; }
    public string UserPath => $"{Server.GraphBaseUrl}/users/{Mailbox.User.Id}";

    public static async Task<EmulatorFixture> StartAsync(int messages = 20)
    {
        var store = new EmulatorStore();
        var mailbox = store.AddMailbox(new EmulatedUser("user-1", "Ana", "ana@fabrikam.example"));
        for (var i = 0; i < messages; i++) mailbox.Inbox.Upsert(Message($"m{i}"));
        var server = await GraphEmulatorServer.StartAsync(store);
        var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "test-token");
        return new EmulatorFixture(server, mailbox, http);
    }

    public static EmulatedMessage Message(string key, string subject = "Hello") => new()
    {
        Id = "id-" + key,
        InternetMessageId = $"<{key}@test.example>",
        ConversationId = "conv-" + key,
        Subject = subject,
        From = new EmailAddress("Carla", "carla@contoso.example"),
        To = [new EmailAddress("Ana", "ana@fabrikam.example")],
        SentDateTime = Start,
        ReceivedDateTime = Start,
        BodyContent = "Body of " + key,
    };

    public static EmulatedEvent Event(string key, DateTimeOffset start) => new()
    {
        Id = "ev-" + key,
        ICalUId = key,
        Subject = "Meeting " + key,
        Organizer = new EmailAddress("Ana", "ana@fabrikam.example"),
        Attendees = [new EmulatedAttendee(new EmailAddress("Carla", "carla@contoso.example"), "required", "accepted")],
        Start = start,
        End = start.AddHours(1),
    };

    public async Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(string url, int? pageSize = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (pageSize is { } size) request.Headers.Add("Prefer", [$"odata.maxpagesize={size}", "IdType=\"ImmutableId\""]);
        var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Follows nextLinks to the end of a round; returns every item and the deltaLink.</summary>
    public async Task<(List<JsonElement> Items, string DeltaLink, int Pages)> ReadRoundAsync(string url, int? pageSize = null)
    {
        var items = new List<JsonElement>();
        var pages = 0;
        while (true)
        {
            var (response, body) = await GetAsync(url, pageSize);
            response.EnsureSuccessStatusCode();
            pages++;
            items.AddRange(body.GetProperty("value").EnumerateArray());
            if (body.TryGetProperty("@odata.deltaLink", out var delta)) return (items, delta.GetString()!, pages);
            url = body.GetProperty("@odata.nextLink").GetString()!;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
