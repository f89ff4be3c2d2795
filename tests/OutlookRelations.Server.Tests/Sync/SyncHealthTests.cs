using Microsoft.Extensions.Time.Testing;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Sync;

/// <summary>
/// Issue 22: sync health as an admin reads it from GET /api/admin/sync, against the Graph emulator's
/// faults, with the alert webhook a local listener; the clock is fixed and moved by the test.
/// </summary>
public sealed class SyncHealthTests
{
    private static readonly DateTimeOffset Now = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private sealed class Webhook : IDisposable
    {
        private readonly HttpListener _listener = new();
        public List<JsonElement> Received { get; } = [];
        public string Url { get; }

        public Webhook()
        {
            Url = $"http://127.0.0.1:{Eventually.FreePort()}/alerts/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try { context = await _listener.GetContextAsync(); } catch (Exception) { return; }
                    using var body = await JsonDocument.ParseAsync(context.Request.InputStream);
                    lock (Received) Received.Add(body.RootElement.Clone());
                    context.Response.StatusCode = 204;
                    context.Response.Close();
                }
            });
        }

        public List<string> Alerts()
        {
            lock (Received) return [.. Received.Select(r => $"{r.GetProperty("mailbox").GetString()} {r.GetProperty("verdict").GetString()}")];
        }

        public void Dispose() => _listener.Close();
    }

    private static RelationsApp App(GraphEmulatorServer emulator, FakeTimeProvider clock, Webhook? webhook = null, params string[] admins)
    {
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < admins.Length; i++) settings[$"Demo:Admins:{i}"] = admins[i];
        if (webhook is not null) settings["Sync:AlertWebhook"] = webhook.Url;
        return new RelationsApp(emulator, services => services.AddSingleton<TimeProvider>(clock), settings);
    }

    private static async Task<JsonElement> HealthAsync(RelationsApp app, string admin, string mailbox)
    {
        using var client = app.ClientAs(admin);
        var all = await client.GetFromJsonAsync<JsonElement>("/api/admin/sync");
        return all.EnumerateArray().Single(m => m.GetProperty("email").GetString() == mailbox);
    }

    [Fact]
    public async Task A_mailbox_Graph_refuses_shows_failing_with_the_error_in_plain_words_alerts_once_and_recovers_to_healthy()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(ana, 20, contacts: 3);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        using var webhook = new Webhook();
        var clock = new FakeTimeProvider(Now);
        await using var app = App(emulator, clock, webhook, ana.User.Mail);
        var owner = (await app.ImportDirectoryAsync()).Single();

        await app.SyncAsync(owner);
        var healthy = await HealthAsync(app, ana.User.Mail, ana.User.Mail);
        Assert.Equal("healthy", healthy.GetProperty("verdict").GetString());
        Assert.Equal("succeeded", healthy.GetProperty("lastOutcome").GetString());
        Assert.Equal(0, healthy.GetProperty("lagSeconds").GetDouble());
        Assert.True(healthy.GetProperty("itemsLastDay").GetInt32() >= 20);

        emulator.Faults.Add(new FaultRule { StatusCode = 403, Times = 1000, PathContains = "/mailFolders" });
        clock.Advance(TimeSpan.FromMinutes(10));
        await Assert.ThrowsAnyAsync<Exception>(() => app.SyncAsync(owner));
        clock.Advance(TimeSpan.FromMinutes(10));
        await Assert.ThrowsAnyAsync<Exception>(() => app.SyncAsync(owner));

        var failing = await HealthAsync(app, ana.User.Mail, ana.User.Mail);
        Assert.Equal("failing", failing.GetProperty("verdict").GetString());
        Assert.Equal("failed", failing.GetProperty("lastOutcome").GetString());
        Assert.Equal(2, failing.GetProperty("consecutiveFailures").GetInt32());
        Assert.StartsWith("Graph refused access to this mailbox (403)", failing.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(Now, failing.GetProperty("lastSucceededAt").GetDateTimeOffset());
        Assert.Equal([$"{ana.User.Mail} failing"], webhook.Alerts()); // once, not for the second failure

        emulator.Faults.Clear();
        clock.Advance(TimeSpan.FromMinutes(10));
        await app.SyncAsync(owner);
        var recovered = await HealthAsync(app, ana.User.Mail, ana.User.Mail);
        Assert.Equal("healthy", recovered.GetProperty("verdict").GetString());
        Assert.Equal(0, recovered.GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal(JsonValueKind.Null, recovered.GetProperty("lastError").ValueKind);
        Assert.Equal(Now.AddMinutes(30), recovered.GetProperty("lastSucceededAt").GetDateTimeOffset());

        // Recovered, it is told of again when it fails again.
        emulator.Faults.Add(new FaultRule { StatusCode = 403, Times = 1000, PathContains = "/mailFolders" });
        await Assert.ThrowsAnyAsync<Exception>(() => app.SyncAsync(owner));
        Assert.Equal([$"{ana.User.Mail} failing", $"{ana.User.Mail} failing"], webhook.Alerts());
    }

    [Fact]
    public async Task A_failing_mailbox_is_mailed_to_the_tenants_alert_address_once_from_its_sender_mailbox_with_the_error_escaped()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(ana, 5, contacts: 2);
        var sender = MailboxBuilder.AddUser(store, "relations");
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        var clock = new FakeTimeProvider(Now);
        await using var app = App(emulator, clock, null, ana.User.Mail);
        var owner = (await app.ImportDirectoryAsync()).Single(o => o.Email == ana.User.Mail);
        using (var admin = app.ClientAs(ana.User.Mail))
            (await admin.PutAsJsonAsync("/api/admin/settings", SettingsBody.With(senderMailbox: sender.User.Mail, syncAlertsTo: "it-desk@contoso.example"))).EnsureSuccessStatusCode();
        await app.SyncAsync(owner);

        emulator.Faults.Add(new FaultRule { StatusCode = 403, Times = 1000, PathContains = "/mailFolders" });
        for (var i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(10));
            await Assert.ThrowsAnyAsync<Exception>(() => app.SyncAsync(owner));
        }

        var mail = Assert.Single(store.Sent.All); // once, not for every failed round
        Assert.Equal((sender.User.Mail, "it-desk@contoso.example", false), (mail.From, mail.To.Single(), mail.SavedToSentItems));
        Assert.Equal($"OutlookRelations: the sync of {ana.User.Mail} is failing", mail.Subject);
        Assert.Contains("Graph refused access to this mailbox (403)", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", mail.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_round_that_hangs_without_ending_is_alerted_by_the_sweep_once()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(ana, 5, contacts: 2);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        using var webhook = new Webhook();
        var clock = new FakeTimeProvider(Now);
        await using var app = App(emulator, clock, webhook, ana.User.Mail);
        var owner = (await app.ImportDirectoryAsync()).Single();
        await app.SyncAsync(owner);
        // A round that started, saw newer mail in Graph, and whose instance then died: it never ends.
        await app.ReadAsAsync(owner, async db =>
        {
            var previous = await db.SyncRounds.OrderByDescending(r => r.Id).FirstAsync();
            db.SyncRounds.Add(new SyncRound
            {
                TenantId = owner.TenantId, OwnerId = owner.Id, StartedAt = Now.AddMinutes(10), Outcome = SyncRoundOutcome.Running,
                LastSucceededAt = previous.LastSucceededAt, LastProgressAt = previous.LastProgressAt,
                NewestSeenAt = previous.NewestSeenAt, NewestInGraphAt = Now.AddMinutes(5),
            });
            return await db.SaveChangesAsync();
        });

        Assert.Equal(0, await SweepAsync(app)); // not yet: it has not been StalledAfter
        clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(1, await SweepAsync(app));
        Assert.Equal(0, await SweepAsync(app)); // told once

        Assert.Equal([$"{ana.User.Mail} stalled"], webhook.Alerts());
        Assert.Equal("stalled", (await HealthAsync(app, ana.User.Mail, ana.User.Mail)).GetProperty("verdict").GetString());
    }

    private static async Task<int> SweepAsync(RelationsApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutlookRelations.Server.Sync.SyncAlertSweep>().SweepAsync(CancellationToken.None);
    }

    [Fact]
    public void The_alert_mail_encodes_what_Graph_and_the_mailbox_said()
    {
        var alert = new OutlookRelations.Server.Sync.SyncAlerts.SyncAlert("<b>x</b>@contoso.example", OutlookRelations.Server.Sync.SyncVerdict.Failing, 2,
            "Graph said <script>alert(1)</script>", Now, 7200, Now);

        var mail = OutlookRelations.Server.Sync.SyncAlertMail.For(alert, "it@contoso.example");

        Assert.DoesNotContain("<script>", mail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>x</b>", mail.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", mail.Html, StringComparison.Ordinal);
        Assert.Contains("2 hours", mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_round_that_moved_nothing_while_the_Inbox_has_newer_mail_is_behind_not_succeeded_and_stalls_after_StalledAfter()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(ana, 20, contacts: 3);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        using var webhook = new Webhook();
        var clock = new FakeTimeProvider(Now);
        await using var app = App(emulator, clock, webhook, ana.User.Mail);
        var owner = (await app.ImportDirectoryAsync()).Single();
        await app.SyncAsync(owner);

        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "late", MailboxBuilder.Contact(1), new(ana.User.DisplayName, ana.User.Mail), Now.AddHours(-12)));
        var stuck = emulator.Faults.Add(FaultRule.DeltaMissesChanges(times: 2, pathContains: "inbox"));
        clock.Advance(TimeSpan.FromMinutes(10));
        await app.SyncAsync(owner);

        Assert.Equal(1, stuck.Fired);
        var behind = await HealthAsync(app, ana.User.Mail, ana.User.Mail);
        Assert.Equal("behind", behind.GetProperty("lastOutcome").GetString());
        Assert.Equal("catchingUp", behind.GetProperty("verdict").GetString());
        Assert.Equal(TimeSpan.FromMinutes(12 * 60 + 10).TotalSeconds, behind.GetProperty("lagSeconds").GetDouble());
        Assert.Equal(Now, behind.GetProperty("lastSucceededAt").GetDateTimeOffset()); // the round before, not this one

        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal("stalled", (await HealthAsync(app, ana.User.Mail, ana.User.Mail)).GetProperty("verdict").GetString());
        await app.SyncAsync(owner); // moves nothing again: the admins are told now
        Assert.Equal(2, stuck.Fired);
        Assert.Equal([$"{ana.User.Mail} stalled"], webhook.Alerts());

        await app.SyncAsync(owner); // the delta link works again and brings the message
        var caughtUp = await HealthAsync(app, ana.User.Mail, ana.User.Mail);
        Assert.Equal("healthy", caughtUp.GetProperty("verdict").GetString());
        Assert.Equal(0, caughtUp.GetProperty("lagSeconds").GetDouble());
    }

    [Fact]
    public async Task An_admin_sees_only_their_own_tenants_mailboxes_and_stalled_or_failing_ones_first()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        var ben = MailboxBuilder.AddUser(store, "ben");
        MailboxBuilder.Fill(ana, 10, contacts: 3);
        MailboxBuilder.Fill(ben, 10, contacts: 3);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        var clock = new FakeTimeProvider(Now);
        const string otherAdmin = "boss@tailwindtraders.example";
        await using var app = App(emulator, clock, null, ana.User.Mail, otherAdmin);
        var owners = await app.ImportDirectoryAsync();
        foreach (var owner in owners) await app.SyncAsync(owner);
        // Ben's mailbox then fails: listed before Ana's although his address sorts after hers.
        emulator.Faults.Add(new FaultRule { StatusCode = 403, Times = 1000, PathContains = "/mailFolders" });
        await Assert.ThrowsAnyAsync<Exception>(() => app.SyncAsync(owners.Single(o => o.Email == ben.User.Mail)));

        // Another tenant, with a failing mailbox of its own.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
            var tailwind = new Tenant { Id = Guid.NewGuid(), Name = "Tailwind Traders", Domain = "tailwindtraders.example" };
            var boss = new MailboxOwner { Id = Guid.NewGuid(), TenantId = tailwind.Id, GraphUserId = "boss", Email = otherAdmin, DisplayName = "Boss" };
            db.AddRange(tailwind, boss);
            db.SyncRounds.Add(new SyncRound
            {
                TenantId = tailwind.Id, OwnerId = boss.Id, StartedAt = Now, FinishedAt = Now, Outcome = SyncRoundOutcome.Failed,
                ConsecutiveFailures = 4, Error = "Graph does not know this mailbox (404)",
            });
            await db.SaveChangesAsync();
        }

        using var fabrikam = app.ClientAs(ana.User.Mail);
        var mine = await fabrikam.GetFromJsonAsync<JsonElement>("/api/admin/sync");
        Assert.Equal([$"{ben.User.Mail} failing", $"{ana.User.Mail} healthy"],
            mine.EnumerateArray().Select(m => $"{m.GetProperty("email").GetString()} {m.GetProperty("verdict").GetString()}"));
        Assert.DoesNotContain("tailwind", mine.GetRawText(), StringComparison.OrdinalIgnoreCase);

        using var tailwindAdmin = app.ClientAs(otherAdmin);
        var theirs = await tailwindAdmin.GetFromJsonAsync<JsonElement>("/api/admin/sync");
        var only = Assert.Single(theirs.EnumerateArray());
        Assert.Equal("failing", only.GetProperty("verdict").GetString());
        Assert.Equal(4, only.GetProperty("consecutiveFailures").GetInt32());
        Assert.DoesNotContain("fabrikam", theirs.GetRawText(), StringComparison.OrdinalIgnoreCase);

        using var notAdmin = app.ClientAs(ben.User.Mail);
        Assert.Equal(HttpStatusCode.Forbidden, (await notAdmin.GetAsync("/api/admin/sync")).StatusCode);
    }
}
