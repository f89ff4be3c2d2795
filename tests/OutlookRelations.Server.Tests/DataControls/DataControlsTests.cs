using Microsoft.AspNetCore.Routing;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.Server.DataControls;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.DataControls;

/// <summary>Tenant data controls, end to end: what admins turn off is never collected, and goes from what was.</summary>
public sealed class DataControlsTests
{
    private static readonly EmailAddress Hr = new("HR Team", "benefits@hr-provider.example");
    private static readonly EmailAddress Legal = new("Legal", "legal@contoso.example");
    private static readonly EmailAddress Carla = new("Carla", "carla@contoso.example");
    private const string Admin = "ian@fabrikam.example";

    private static (EmulatorStore Store, Mailbox Ana) Tenant()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.AddUser(store, "ian");
        var t = TestClock.Origin.AddDays(-10);
        var me = new EmailAddress("Ana", ana.User.Mail);
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "hr", Hr, me, t, body: "My daughter starts school next week, so our office hours change."));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "legal", Carla, me, t.AddHours(1), body: "Our lawyers will call.") with { Cc = [Legal] });
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "pet", Carla, me, t.AddHours(2), body: "Our new puppy Biscuit chewed my charger."));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "family", Carla, me, t.AddHours(3), body: "My son Leo turns ten next month."));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "grief", Carla, me, t.AddHours(4), body: "My father passed away last week, so I will be out until Monday."));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "old", Carla, me, TestClock.Origin.AddDays(-400), body: "We are taking the kids to Disney next month."));
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "benefits", t, Hr));
        return (store, ana);
    }

    private static RelationsApp App(GraphEmulatorServer emulator) =>
        new(emulator, settings: new Dictionary<string, string?> { ["Demo:Admins:0"] = Admin });

    private static Task<(List<string> Messages, List<string> Contacts, List<string> Details, int Meetings)> StoredAsync(RelationsApp app, MailboxOwner owner) =>
        app.ReadAsAsync(owner, async db => (
            await db.Interactions.Select(i => i.InternetMessageId).ToListAsync(),
            await db.Contacts.Select(c => c.Email).ToListAsync(),
            await db.ContactDetails.Select(d => d.Kind.ToString() + ":" + d.Summary).ToListAsync(),
            await db.Meetings.CountAsync()));

    [Fact]
    public async Task Mail_with_an_excluded_domain_or_address_never_produces_interactions_or_details_and_disabled_kinds_are_not_remembered()
    {
        var (store, ana) = Tenant();
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = App(emulator);
        var owners = await app.ImportDirectoryAsync();
        using var admin = app.ClientAs(Admin);
        (await admin.PutAsJsonAsync("/api/admin/settings", SettingsBody.With(["hr-provider.example"], ["legal@contoso.example"],
            kinds: [.. Memory.Extraction.ArtifactKinds.All.Where(k => k != "pet")]))).EnsureSuccessStatusCode();

        await app.SyncAsync(owners.Single(o => o.Email == ana.User.Mail));

        var (messages, contacts, details, meetings) = await StoredAsync(app, owners.Single(o => o.Email == ana.User.Mail));
        Assert.DoesNotContain(messages, m => m.Contains("<hr.") || m.Contains("<legal."));
        Assert.DoesNotContain(contacts, c => c is "benefits@hr-provider.example" or "legal@contoso.example");
        Assert.Equal(0, meetings);
        Assert.DoesNotContain(details, d => d.StartsWith("Pet:", StringComparison.Ordinal));
        Assert.Contains(details, d => d.StartsWith("Family:", StringComparison.Ordinal));
        // Sensitive details (a bereavement) are off by default.
        Assert.DoesNotContain(details, d => d.Contains("father", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Changed_settings_remove_what_was_already_stored_and_the_change_is_audited()
    {
        var (store, ana) = Tenant();
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = App(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single(o => o.Email == ana.User.Mail);
        using var admin = app.ClientAs(Admin);
        (await admin.PutAsJsonAsync("/api/admin/settings", SettingsBody.With(sensitive: true))).EnsureSuccessStatusCode();
        await app.SyncAsync(owner);
        var before = await StoredAsync(app, owner);
        Assert.Contains(before.Contacts, c => c == Hr.Address);
        Assert.Contains(before.Details, d => d.StartsWith("Family:", StringComparison.Ordinal));
        Assert.Contains(before.Details, d => d.Contains("father", StringComparison.OrdinalIgnoreCase));

        (await admin.PutAsJsonAsync("/api/admin/settings", SettingsBody.With(["hr-provider.example"], kinds: [.. Memory.Extraction.ArtifactKinds.All.Where(k => k != "family")], keepDays: 365)))
            .EnsureSuccessStatusCode();
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ApplySettingsJob>().ApplyAsync(owner.TenantId, CancellationToken.None);

        var after = await StoredAsync(app, owner);
        Assert.DoesNotContain(after.Contacts, c => c == Hr.Address);
        Assert.Equal(0, after.Meetings);
        Assert.DoesNotContain(after.Details, d => d.StartsWith("Family:", StringComparison.Ordinal));
        Assert.DoesNotContain(after.Details, d => d.Contains("father", StringComparison.OrdinalIgnoreCase)); // sensitive off again
        Assert.DoesNotContain(after.Messages, m => m.Contains("<old."));                                     // older than a year
        Assert.DoesNotContain(after.Details, d => d.Contains("Disney", StringComparison.OrdinalIgnoreCase)); // learnt only from it
        var carla = await app.ReadAsAsync(owner, db => db.Contacts.SingleAsync(c => c.Email == Carla.Address));
        Assert.Equal(after.Messages.Count, carla.MessagesFromContact); // figures recomputed: all that is left is from Carla

        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/admin/audit");
        var change = audit.EnumerateArray().First(e => e.GetProperty("action").GetString() == "settings.changed");
        Assert.Equal(Admin, change.GetProperty("actor").GetString());
        Assert.Contains("excludedDomains: [] → [hr-provider.example]", change.GetProperty("details").GetString());
    }

    [Fact]
    public async Task Only_the_mailboxes_of_the_group_in_scope_are_collected_and_the_others_lose_what_was()
    {
        var (store, ana) = Tenant();
        var ian = store.Get(Admin);
        store.SetGroup("relations-pilot", [ian.User.Id]);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = App(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single(o => o.Email == ana.User.Mail);
        await app.SyncAsync(owner);
        Assert.NotEmpty((await StoredAsync(app, owner)).Messages);
        using var admin = app.ClientAs(Admin);

        (await admin.PutAsJsonAsync("/api/admin/settings", SettingsBody.With(group: "relations-pilot"))).EnsureSuccessStatusCode();
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ApplySettingsJob>().ApplyAsync(owner.TenantId, CancellationToken.None);
        await app.SyncAsync(owner);

        var after = await StoredAsync(app, owner);
        Assert.Empty(after.Messages);
        Assert.Empty(after.Contacts);
        Assert.Empty(after.Details);
        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/admin/audit");
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "mailbox.out-of-scope");
    }

    [Theory]
    [InlineData("""{"mailboxGroupId":"not a group!","excludedDomains":[],"excludedAddresses":[],"collectedKinds":[],"collectSensitive":false}""", "mailboxGroupId")]
    [InlineData("""{"excludedDomains":["not a domain"],"excludedAddresses":[],"collectedKinds":[],"collectSensitive":false}""", "excludedDomains")]
    [InlineData("""{"excludedDomains":[],"excludedAddresses":["nobody"],"collectedKinds":[],"collectSensitive":false}""", "excludedAddresses")]
    [InlineData("""{"excludedDomains":[],"excludedAddresses":[],"collectedKinds":["gossip"],"collectSensitive":false}""", "collectedKinds")]
    [InlineData("""{"excludedDomains":[],"excludedAddresses":[],"collectedKinds":[],"collectSensitive":false,"interactionRetentionDays":0}""", "interactionRetentionDays")]
    public async Task Bad_settings_are_refused_field_by_field(string body, string field)
    {
        await using var emulator = await GraphEmulatorServer.StartAsync(Tenant().Store);
        await using var app = App(emulator);
        await app.ImportDirectoryAsync();
        using var admin = app.ClientAs(Admin);

        using var response = await admin.PutAsync("/api/admin/settings", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Every_admin_endpoint_refuses_a_user_who_is_not_an_admin()
    {
        await using var emulator = await GraphEmulatorServer.StartAsync(Tenant().Store);
        await using var app = App(emulator);
        await app.ImportDirectoryAsync();
        using var ana = app.ClientAs("ana@fabrikam.example");
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/admin", StringComparison.Ordinal) == true).ToList();

        Assert.True(endpoints.Count >= 5, $"found {endpoints.Count} admin endpoints");
        foreach (var endpoint in endpoints)
        {
            var method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single();
            var path = endpoint.RoutePattern.RawText!.Replace("{email}", "ana@fabrikam.example");
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method is "PUT" or "POST" ? JsonContent.Create(new { }) : null };
            using var response = await ana.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path}: {response.StatusCode}");
        }
    }
}
