using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace OutlookRelations.Server.Tests.Authorization;

/// <summary>
/// Both demo tenants synced, and the user's own resources the matrix fills its calls with: a note
/// (whose text is the secret no one else may read), a finished report, a customer both tenants know.
/// </summary>
public sealed class AuthorizationFixture : IAsyncLifetime
{
    /// <summary>The matrix's caller columns → the demo user each acts as (null: no one).</summary>
    public static readonly IReadOnlyDictionary<string, string?> Callers = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["anonymous"] = null,
        ["user"] = DemoTenants.Alex,
        ["colleague"] = DemoTenants.Megan,
        ["other tenant"] = DemoTenants.Diego,
        ["other admin"] = DemoTenants.Isaiah,
        ["manager"] = DemoTenants.Nestor,
        ["admin"] = DemoTenants.Lidia,
    };

    public RelationsApp App { get; } = DemoTenants.Start();
    public string Secret { get; } = $"matrix-secret-{Guid.NewGuid():N}";
    public string Contact { get; private set; } = "";
    public long Detail { get; private set; }
    public Guid Report { get; private set; }
    /// <summary>The user's note, shared as a story.</summary>
    public Guid Story { get; private set; }
    /// <summary>One of the user's meetings, by its Graph id (what a brief is asked for by).</summary>
    public string Meeting { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await DemoTenants.WaitForSyncAsync(App);
        using var alex = Client(DemoTenants.Alex);
        using var diego = Client(DemoTenants.Diego);
        // A customer both tenants know; "caught up" can come before every page of the second tenant is stored under load.
        await Eventually.TrueAsync(async () => (Contact = (await ContactsAsync(alex)).Intersect(await ContactsAsync(diego)).FirstOrDefault() ?? "") != "",
            "a customer both demo tenants write with", TimeSpan.FromSeconds(120));

        using var note = await alex.PostAsJsonAsync($"/api/contacts/{Contact}/details", new { text = Secret });
        note.EnsureSuccessStatusCode();
        Detail = (await note.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        using var story = await alex.PostAsJsonAsync("/api/stories", new { detailId = Detail });
        story.EnsureSuccessStatusCode();
        Story = (await story.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Report = await ReportPolling.RequestAsync(alex, new { scope = "me" });
        var report = await ReportPolling.WaitAsync(alex, Report);
        Assert.Equal("succeeded", report.GetProperty("status").GetString());
        // "Caught up" may come before the calendar's first round has stored Alex's meetings under load.
        await Eventually.TrueAsync(async () => (Meeting = await AlexsMeetingAsync() ?? "") != "", "one of Alex's meetings to be synced", TimeSpan.FromSeconds(120));
    }

    private async Task<string?> AlexsMeetingAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookRelations.Server.Storage.RelationsDbContext>();
        return await db.Meetings.IgnoreQueryFilters()
            .Where(m => db.Owners.IgnoreQueryFilters().Any(o => o.Id == m.OwnerId && o.Email == DemoTenants.Alex))
            .OrderBy(m => m.Id).Select(m => m.GraphId).FirstOrDefaultAsync();
    }

    /// <summary>A client acting as <paramref name="email"/> (anonymous when null) that shows redirects instead of following them.</summary>
    public HttpClient Client(string? email)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (email is not null) client.DefaultRequestHeaders.Add("X-Demo-User", email);
        return client;
    }

    /// <summary>A row's call with the user's resources filled in.</summary>
    public string Fill(string text) => text
        .Replace("{contact}", Contact, StringComparison.Ordinal).Replace("{detail}", Detail.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{report}", Report.ToString(), StringComparison.Ordinal).Replace("{mailbox}", DemoTenants.Alex, StringComparison.Ordinal)
        .Replace("{secret}", Secret, StringComparison.Ordinal).Replace("{meeting}", Uri.EscapeDataString(Meeting), StringComparison.Ordinal)
        .Replace("{story}", Story.ToString(), StringComparison.Ordinal);

    private static async Task<List<string>> ContactsAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/contacts?top=200")).GetProperty("contacts").EnumerateArray().Select(c => c.GetProperty("email").GetString()!)];

    public async Task DisposeAsync() => await App.DisposeAsync();
}
