using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.GraphEmulator.Sources;
using OutlookRelations.Server.Digest;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Digest;

/// <summary>
/// Issue 20: the morning digest through the emulator's sendMail. Ana works from Tokyo; the clock is
/// fixed at Tuesday 22:30 UTC, which is Wednesday 07:30 for her. Carl (whose name is hostile markup)
/// asked her something yesterday and meets her tomorrow.
/// </summary>
public sealed class DigestJobTests : IAsyncLifetime
{
    private const string Ana = "ana@fabrikam.example";
    private const string Tokyo = "Tokyo Standard Time";
    private const string Sender = "relations@fabrikam.example";
    private static readonly DateTimeOffset Now = new(2027, 6, 1, 22, 30, 0, TimeSpan.Zero);
    private static readonly EmailAddress Me = new("Ana Lopez", Ana);
    private static readonly EmailAddress Carl = new("<img src=x onerror=alert(1)> Carl", "carl@contoso.example");

    private readonly FakeTimeProvider _clock = new(Now);
    private EmulatorStore _store = null!;
    private GraphEmulatorServer _emulator = null!;
    private RelationsApp _app = null!;

    public async Task InitializeAsync()
    {
        _store = new EmulatorStore();
        var ana = _store.AddMailbox(new EmulatedUser(StableId.Guid(Ana), "Ana Lopez", Ana, CompanyName: "Fabrikam") { TimeZone = Tokyo });
        _store.AddMailbox(new EmulatedUser(StableId.Guid(Sender), "OutlookRelations", Sender));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "c0", Carl, Me, Now.AddDays(-30), "Intro"));
        ana.SentItems.Upsert(MailboxBuilder.Message(ana, "c1", Me, Carl, Now.AddDays(-29), "RE: Intro"));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "c2", Carl, Me, Now.AddDays(-1), "Pilot", "pilot", "Could you send me the pilot results <b>before Friday</b>?"));
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "renewal", Now.AddHours(27), Carl)); // Thursday 10:30 in Tokyo, 01:30 in UTC
        _emulator = await GraphEmulatorServer.StartAsync(_store);
        _app = new RelationsApp(_emulator, services => services.AddSingleton<TimeProvider>(_clock), new Dictionary<string, string?> { ["Demo:Admins:0"] = Ana });
        foreach (var owner in await _app.ImportDirectoryAsync()) await _app.SyncAsync(owner);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    private async Task AdminSetsAsync(string? sender = Sender, bool? allowed = null)
    {
        using var admin = _app.ClientAs(Ana);
        (await admin.PutAsJsonAsync("/api/admin/settings", SettingsBody.With(senderMailbox: sender ?? "", digestsAllowed: allowed))).EnsureSuccessStatusCode();
    }

    private async Task<HttpResponseMessage> TurnAsync(bool enabled)
    {
        using var client = _app.ClientAs(Ana);
        return await client.PutAsJsonAsync("/api/digest", new { enabled });
    }

    private async Task<DigestOutcome> RunAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var owner = await scope.ServiceProvider.GetRequiredService<RelationsDbContext>().Owners.IgnoreQueryFilters().SingleAsync(o => o.Email == Ana);
        return await scope.ServiceProvider.GetRequiredService<DigestJob>().SendAsync(owner.Id, CancellationToken.None);
    }

    private async Task<MailboxOwner> OwnerAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RelationsDbContext>().Owners.IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Email == Ana);
    }

    [Fact]
    public async Task It_cannot_be_turned_on_before_an_admin_sets_a_sender_and_then_recurs_in_the_owners_time_zone()
    {
        using var refused = await TurnAsync(true);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("not chosen a mailbox", await refused.Content.ReadAsStringAsync());

        await AdminSetsAsync();
        using var accepted = await TurnAsync(true);
        var view = await accepted.Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(view.GetProperty("enabled").GetBoolean());
        Assert.Equal(Tokyo, view.GetProperty("timeZone").GetString());
        using var connection = _app.Services.GetRequiredService<JobStorage>().GetConnection();
        var owner = await OwnerAsync();
        var job = Assert.Single(connection.GetRecurringJobs([$"digest-{owner.Id}"]));
        Assert.Equal(("0 7 * * 1-5", Tokyo), (job.Cron, job.TimeZoneId));

        using var off = await TurnAsync(false);
        Assert.False((await off.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("enabled").GetBoolean());
        Assert.DoesNotContain(connection.GetRecurringJobs([$"digest-{owner.Id}"]), j => !j.Removed);
    }

    [Fact]
    public async Task It_is_sent_once_for_the_owners_own_day_with_what_others_wrote_encoded()
    {
        await AdminSetsAsync();
        (await TurnAsync(true)).EnsureSuccessStatusCode();

        Assert.Equal(DigestOutcome.Sent, await RunAsync());
        Assert.Equal(DigestOutcome.AlreadySent, await RunAsync()); // a retry, or another instance

        var mail = Assert.Single(_store.Sent.All);
        Assert.Equal((Sender, Ana, false), (mail.From, mail.To.Single(), mail.SavedToSentItems));
        Assert.Equal("One person worth a note today", mail.Subject);
        Assert.Contains("Replies you owe", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Tomorrow's meetings with people from outside", mail.Body, StringComparison.Ordinal);
        Assert.Contains("10:30 Meeting renewal", mail.Body, StringComparison.Ordinal); // her clock, not UTC's
        Assert.Contains("“Could you send me the pilot results &lt;b&gt;before Friday&lt;/b&gt;?”", mail.Body, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; Carl", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", mail.Body, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2027, 6, 2), (await OwnerAsync()).DigestSentOn); // Wednesday in Tokyo; still Tuesday in UTC

        _clock.Advance(TimeSpan.FromDays(1)); // Thursday morning in Tokyo
        Assert.Equal(DigestOutcome.Sent, await RunAsync());
        Assert.Equal(2, _store.Sent.All.Count);
    }

    [Fact]
    public async Task Nothing_is_sent_when_the_owner_or_the_admins_turned_it_off_or_on_the_owners_weekend()
    {
        await AdminSetsAsync();
        Assert.Equal(DigestOutcome.TurnedOff, await RunAsync());

        (await TurnAsync(true)).EnsureSuccessStatusCode();
        await AdminSetsAsync(allowed: false);
        Assert.Equal(DigestOutcome.NotAllowed, await RunAsync());
        using (var refused = await TurnAsync(true)) Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        await AdminSetsAsync(allowed: true);
        _clock.Advance(TimeSpan.FromDays(3)); // Saturday 07:30 in Tokyo, Friday in UTC
        Assert.Equal(DigestOutcome.DayOff, await RunAsync());
        Assert.Empty(_store.Sent.All);
    }

    [Fact]
    public async Task Erasing_your_data_stops_your_digest()
    {
        await AdminSetsAsync();
        (await TurnAsync(true)).EnsureSuccessStatusCode();
        var owner = await OwnerAsync();
        using var connection = _app.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.Single(connection.GetRecurringJobs([$"digest-{owner.Id}"]));

        using var client = _app.ClientAs(Ana);
        using var erase = new HttpRequestMessage(HttpMethod.Delete, "/api/me/data") { Content = JsonContent.Create(new { confirm = "erase my data" }) };
        (await client.SendAsync(erase)).EnsureSuccessStatusCode();

        Assert.DoesNotContain(connection.GetRecurringJobs([$"digest-{owner.Id}"]), j => !j.Removed);
    }

    [Fact]
    public async Task A_send_Graph_refuses_gives_the_day_back_for_the_retry_and_says_why()
    {
        await AdminSetsAsync(sender: "nobody@fabrikam.example");
        (await TurnAsync(true)).EnsureSuccessStatusCode();

        var failure = await Assert.ThrowsAsync<OutlookRelations.Server.GraphAccess.MailNotSentException>(RunAsync);

        Assert.Contains("no mailbox nobody@fabrikam.example", failure.Message, StringComparison.Ordinal);
        Assert.Null((await OwnerAsync()).DigestSentOn);
        await AdminSetsAsync();
        Assert.Equal(DigestOutcome.Sent, await RunAsync());
    }
}
