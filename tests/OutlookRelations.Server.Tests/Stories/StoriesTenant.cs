using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.GraphEmulator.Sources;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Tests.Reports;

namespace OutlookRelations.Server.Tests.Stories;

/// <summary>
/// Nina manages Ana and Bo; Ian is an admin. Both write with Carla about family: Ana's daughter
/// Marigold, Bo's marathon-running wife. After Ana's small talk Carla wrote again in the thread and
/// they met. Only what a test shares is shared: Bo never shares anything.
/// </summary>
public sealed class StoriesTenant : IAsyncDisposable
{
    public const string Nina = "nina@fabrikam.example", Ana = "ana@fabrikam.example", Bo = "bo@fabrikam.example", Ian = "ian@fabrikam.example";
    public static readonly EmailAddress Carla = new("Carla Reyes", "carla@contoso.example");

    private GraphEmulatorServer _emulator = null!;
    public RelationsApp App { get; private set; } = null!;
    public IReadOnlyList<MailboxOwner> Owners { get; private set; } = [];

    public static async Task<StoriesTenant> StartAsync()
    {
        var store = new EmulatorStore();
        var nina = MailboxBuilder.AddUser(store, "nina");
        var ana = store.AddMailbox(new EmulatedUser(StableId.Guid(Ana), "Ana", Ana, CompanyName: "Fabrikam", ManagerId: nina.User.Id));
        var bo = store.AddMailbox(new EmulatedUser(StableId.Guid(Bo), "Bo Berg", Bo, CompanyName: "Fabrikam", ManagerId: nina.User.Id));
        MailboxBuilder.AddUser(store, "ian");
        var t = TestClock.Origin.AddDays(-10);
        foreach (var (owner, body) in new[] { (ana, "My daughter Marigold starts violin lessons."), (bo, "My wife runs marathons every spring.") })
        {
            var me = new EmailAddress(owner.User.DisplayName, owner.User.Mail);
            owner.Inbox.Upsert(MailboxBuilder.Message(owner, "c1", Carla, me, t, conversation: "c", body: body));
            owner.SentItems.Upsert(MailboxBuilder.Message(owner, "c2", me, Carla, t.AddHours(2), conversation: "c"));
        }
        var anaAddress = new EmailAddress("Ana", Ana);
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "c3", Carla, anaAddress, t.AddDays(1), conversation: "c", body: "Let us meet next week."));
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "m", t.AddDays(3), Carla));
        var tenant = new StoriesTenant { _emulator = await GraphEmulatorServer.StartAsync(store) };
        tenant.App = new RelationsApp(tenant._emulator, settings: new Dictionary<string, string?>
        {
            ["Jobs:RunServer"] = "true", ["Demo:Managers:0"] = Nina, ["Demo:Admins:0"] = Ian,
        });
        tenant.Owners = await tenant.App.ImportDirectoryAsync();
        foreach (var owner in tenant.Owners) await tenant.App.SyncAsync(owner);
        return tenant;
    }

    public MailboxOwner Owner(string email) => Owners.Single(o => o.Email == email);

    /// <summary>The family detail the memory engine remembered from the owner's mail with Carla.</summary>
    public Task<long> FamilyDetailAsync(string email) => App.ReadAsAsync(Owner(email), db =>
        db.ContactDetails.Where(d => d.Kind == Memory.Extraction.ArtifactKind.Family).Select(d => d.Id).SingleAsync());

    public static async Task<JsonElement> ShareAsync(HttpClient client, long detailId, string? note = null)
    {
        using var response = await client.PostAsJsonAsync("/api/stories", new { detailId, note });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<(Guid Id, Sheet Stories)> BuildAsync(HttpClient client, string scope)
    {
        var report = await ReportPolling.WaitAsync(client, await ReportPolling.RequestAsync(client, new { scope }));
        Assert.Equal("succeeded", report.GetProperty("status").GetString());
        var id = report.GetProperty("id").GetGuid();
        return (id, await StoriesSheetAsync(await client.GetByteArrayAsync($"/api/reports/{id}/file")));
    }

    public static async Task<Sheet> StoriesSheetAsync(byte[] workbook) =>
        (await SpreadsheetReader.ReadAsync(workbook)).Single(s => s.Name == "Stories");

    /// <summary>Every stored report file, anyone's, straight from the database.</summary>
    public async Task<List<byte[]>> StoredFilesAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        return [.. (await db.Reports.IgnoreQueryFilters().Where(r => r.Content != null).Select(r => r.Content!).ToListAsync())];
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await _emulator.DisposeAsync();
    }
}
