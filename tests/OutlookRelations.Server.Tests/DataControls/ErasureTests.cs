using Hangfire;
using Hangfire.Storage;
using Microsoft.Data.Sqlite;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.GraphEmulator.Sources;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.DataControls;

/// <summary>
/// Erasure is real: after it, no table holds the mailbox's id, its address, its contacts' addresses
/// or anything its mail said; reports that measured it are gone; its jobs are gone. Bo, who shares
/// a customer with Ana, keeps everything of his own.
/// </summary>
public sealed class ErasureTests : IAsyncLifetime
{
    private const string Nina = "nina@fabrikam.example", Ana = "ana@fabrikam.example", Bo = "bo@fabrikam.example", Ian = "ian@fabrikam.example";
    private static readonly EmailAddress Carla = new("Carla", "carla@contoso.example");
    private static readonly EmailAddress Leo = new("Leopold Unique", "leopold.unique@anas-only-customer.example");
    private GraphEmulatorServer _emulator = null!;
    private RelationsApp _app = null!;
    private IReadOnlyList<MailboxOwner> _owners = [];

    public async Task InitializeAsync()
    {
        var store = new EmulatorStore();
        var nina = MailboxBuilder.AddUser(store, "nina");
        var ana = store.AddMailbox(new EmulatedUser(StableId.Guid(Ana), "Ana", Ana, CompanyName: "Fabrikam", ManagerId: nina.User.Id));
        var bo = store.AddMailbox(new EmulatedUser(StableId.Guid(Bo), "Bo", Bo, CompanyName: "Fabrikam", ManagerId: nina.User.Id));
        MailboxBuilder.AddUser(store, "ian");
        var t = TestClock.Origin.AddDays(-5);
        foreach (var (owner, body) in new[] { (ana, "My daughter Marigold starts violin lessons."), (bo, "My wife runs marathons every spring.") })
        {
            var me = new EmailAddress(owner.User.DisplayName, owner.User.Mail);
            owner.Inbox.Upsert(MailboxBuilder.Message(owner, "c1", Carla, me, t, conversation: "c", body: body));
            owner.SentItems.Upsert(MailboxBuilder.Message(owner, "c2", me, Carla, t.AddHours(2), conversation: "c"));
        }
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "l1", Leo, new EmailAddress("Ana", Ana), t, body: "We are taking the kids to Zanzibar next month."));
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "m", t, Leo));
        _emulator = await GraphEmulatorServer.StartAsync(store);
        _app = new RelationsApp(_emulator, settings: new Dictionary<string, string?>
        {
            ["Jobs:RunServer"] = "true", ["Demo:Managers:0"] = Nina, ["Demo:Admins:0"] = Ian,
        });
        _owners = await _app.ImportDirectoryAsync();
        foreach (var owner in _owners) await _app.SyncAsync(owner);
        await BuildReportAsync(Nina, "team");
        await BuildReportAsync(Ana, "me");
        await BuildReportAsync(Bo, "me");
    }

    private async Task BuildReportAsync(string who, string scope)
    {
        using var client = _app.ClientAs(who);
        var report = await ReportPolling.WaitAsync(client, await ReportPolling.RequestAsync(client, new { scope }));
        if (report.GetProperty("status").GetString() != "succeeded") throw new InvalidOperationException($"{who}'s {scope} report: {report}");
    }

    private MailboxOwner Owner(string email) => _owners.Single(o => o.Email == email);

    /// <summary>Every value in every table of the database, as text, with where it was.</summary>
    private async Task<List<(string Table, string Column, string Value)>> EverythingStoredAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var connectionString = scope.ServiceProvider.GetRequiredService<RelationsDbContext>().Database.GetConnectionString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var values = new List<(string, string, string)>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                for (var c = 0; c < reader.FieldCount; c++)
                    if (!reader.IsDBNull(c) && reader.GetValue(c) is not byte[])
                        values.Add((table, reader.GetName(c), Convert.ToString(reader.GetValue(c), System.Globalization.CultureInfo.InvariantCulture)!));
        }
        Assert.True(tables.Count >= 15, $"only {tables.Count} tables: {string.Join(", ", tables)}");
        return values;
    }

    private static void AssertNothingOf(List<(string Table, string Column, string Value)> stored, Guid ownerId, params string[] texts)
    {
        var id = ownerId.ToString();
        var leftovers = stored.Where(v =>
                (v.Value.Contains(id, StringComparison.OrdinalIgnoreCase) && v.Table != "AuditEntries")
                || texts.Any(t => v.Value.Contains(t, StringComparison.OrdinalIgnoreCase)))
            .Select(v => $"{v.Table}.{v.Column} = {v.Value}").Distinct().ToList();
        Assert.True(leftovers.Count == 0, "left behind:\n" + string.Join("\n", leftovers.Take(20)));
    }

    [Fact]
    public async Task An_admin_offboarding_erases_every_trace_of_the_mailbox_in_every_table_and_its_jobs()
    {
        var ana = Owner(Ana);
        Assert.Contains(await EverythingStoredAsync(), v => v.Value.Contains("Marigold")); // it was there
        var jobArgumentsBefore = _app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().SucceededJobs(0, 1000)
            .SelectMany(j => j.Value.Job?.Args ?? []).Select(a => a?.ToString() ?? "").ToList();

        using var anaHerself = _app.ClientAs(Ana);
        (await anaHerself.GetAsync("/api/me")).EnsureSuccessStatusCode(); // her sign-in is now remembered

        using var admin = _app.ClientAs(Ian);
        (await admin.DeleteAsync($"/api/admin/mailboxes/{Ana}")).EnsureSuccessStatusCode();

        // Signed out at once: the remembered sign-in went with the mailbox.
        Assert.Equal(HttpStatusCode.Unauthorized, (await anaHerself.GetAsync("/api/me")).StatusCode);
        var stored = await EverythingStoredAsync();
        AssertNothingOf(stored, ana.Id, Ana, Leo.Address, "Marigold", "Zanzibar", "Leopold");
        Assert.Contains(stored, v => v.Table == "Contacts" && v.Value == Carla.Address);                // Bo's Carla stays
        Assert.Contains(stored, v => v.Value.Contains("marathons", StringComparison.Ordinal));           // and what Bo learnt
        Assert.Contains(stored, v => v.Table == "AuditEntries" && v.Value == "mailbox.offboarded");
        using var nina = _app.ClientAs(Nina);
        Assert.Empty((await nina.GetFromJsonAsync<JsonElement>("/api/reports")).EnumerateArray());     // her team report measured Ana
        using var bo = _app.ClientAs(Bo);
        Assert.Single((await bo.GetFromJsonAsync<JsonElement>("/api/reports")).EnumerateArray());
        using var connection = _app.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.DoesNotContain(connection.GetRecurringJobs(), j => j.Job?.Args.Any(a => Equals(a, ana.Id)) == true);
        // Ana's own report job named her mailbox: it is deleted and expired; no finished job names her any more.
        var monitoring = _app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var live = monitoring.SucceededJobs(0, 1000).Select(j => j.Value.Job).Concat(QueuedJobs.All(monitoring).Select(j => j.Value.Job))
            .SelectMany(j => j?.Args ?? []).Select(a => a?.ToString() ?? "").ToList();
        Assert.NotEmpty(live);
        Assert.DoesNotContain(live, a => a.Contains(ana.Id.ToString(), StringComparison.OrdinalIgnoreCase) || a.Contains(Ana, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(jobArgumentsBefore, a => a == ana.Id.ToString()); // there was one to remove
    }

    [Fact]
    public async Task Erasing_my_own_data_keeps_only_the_paused_mailbox_and_sync_brings_nothing_back()
    {
        var ana = Owner(Ana);
        using var client = _app.ClientAs(Ana);
        var wrong = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/me/data") { Content = JsonContent.Create(new { confirm = "yes" }) });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);

        (await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/me/data") { Content = JsonContent.Create(new { confirm = "erase my data" }) }))
            .EnsureSuccessStatusCode();
        await _app.SyncAsync(ana);

        var stored = await EverythingStoredAsync();
        var kept = stored.Where(v => v.Value.Contains(ana.Id.ToString(), StringComparison.OrdinalIgnoreCase)).Select(v => v.Table).Distinct().Order();
        Assert.Equal(["AuditEntries", "Owners"], kept);
        AssertNothingOf([.. stored.Where(v => v.Table != "Owners")], ana.Id, Leo.Address, "Marigold", "Zanzibar", "Leopold");
        var export = await client.GetFromJsonAsync<JsonElement>("/api/me/export");
        Assert.True(export.GetProperty("collectionPaused").GetBoolean());
        Assert.Empty(export.GetProperty("messages").EnumerateArray());
    }

    [Fact]
    public async Task The_export_holds_my_mailbox_and_nothing_of_anyone_elses()
    {
        using var client = _app.ClientAs(Ana);

        using var response = await client.GetAsync("/api/me/export");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType ?? response.Headers.GetValues("Content-Disposition").First().Split(';')[0]);
        Assert.Contains("Marigold", text);
        Assert.Contains(Leo.Address, text);
        Assert.DoesNotContain("marathons", text);
        var export = JsonDocument.Parse(text).RootElement;
        Assert.Equal(3, export.GetProperty("messages").GetArrayLength());
        Assert.Equal(1, export.GetProperty("meetings").GetArrayLength());
    }

    [Fact]
    public async Task Pausing_stops_collection_until_resumed()
    {
        var bo = Owner(Bo);
        using var client = _app.ClientAs(Bo);
        (await client.PostAsync("/api/me/pause", null)).EnsureSuccessStatusCode();
        var mailbox = _emulator.Store.Mailboxes.Single(m => m.User.Mail == Bo);
        mailbox.Inbox.Upsert(MailboxBuilder.Message(mailbox, "new", Carla, new EmailAddress("Bo", Bo), TestClock.Origin, body: "Fresh news."));

        await _app.SyncAsync(bo);
        var whilePaused = await _app.ReadAsAsync(bo, db => db.Interactions.CountAsync());
        (await client.PostAsync("/api/me/resume", null)).EnsureSuccessStatusCode();
        await _app.SyncAsync(bo);
        var afterResume = await _app.ReadAsAsync(bo, db => db.Interactions.CountAsync());

        Assert.Equal(2, whilePaused);
        Assert.Equal(3, afterResume);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _emulator.DisposeAsync();
    }
}
