using Microsoft.EntityFrameworkCore;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.GraphEmulator.Sources;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Today;

/// <summary>
/// "Tomorrow" is the owner's tomorrow: the time zone comes from Graph's mailboxSettings at onboarding
/// (issue 18). Ana works from Tokyo; one meeting is just after her midnight, one just before.
/// </summary>
public sealed class TodayTimeZoneTests : IAsyncLifetime
{
    private const string Ana = "ana@fabrikam.example";
    private const string Tokyo = "Tokyo Standard Time";
    private static readonly EmailAddress Client = new("Kenji Sato", "kenji@contoso.example");

    private GraphEmulatorServer _emulator = null!;
    private RelationsApp _app = null!;

    public async Task InitializeAsync()
    {
        var store = new EmulatorStore();
        var ana = store.AddMailbox(new EmulatedUser(StableId.Guid(Ana), "Ana", Ana, CompanyName: "Fabrikam") { TimeZone = Tokyo });
        var zone = OwnerZone.Of(Tokyo);
        var tokyoToday = OwnerZone.Today(TestClock.Origin, zone);
        var midnight = tokyoToday.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var tomorrowStarts = new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "just-after", tomorrowStarts.AddMinutes(30), Client));
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "just-before", tomorrowStarts.AddMinutes(-60), Client));
        _emulator = await GraphEmulatorServer.StartAsync(store);
        _app = new RelationsApp(_emulator);
        foreach (var owner in await _app.ImportDirectoryAsync()) await _app.SyncAsync(owner);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task The_owners_time_zone_is_read_from_mailbox_settings_and_tomorrow_is_their_tomorrow()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
            Assert.Equal(Tokyo, await db.Owners.IgnoreQueryFilters().Where(o => o.Email == Ana).Select(o => o.TimeZone).SingleAsync());
        }

        var today = await _app.ClientAs(Ana).GetFromJsonAsync<JsonElement>("/api/today");

        Assert.Equal(OwnerZone.Today(TestClock.Origin, OwnerZone.Of(Tokyo)).ToString("yyyy-MM-dd"), today.GetProperty("date").GetString());
        Assert.Equal(["Meeting just-after"], today.GetProperty("tomorrowsMeetings").EnumerateArray().Select(m => m.GetProperty("subject").GetString()));
    }

    [Theory]
    [InlineData("Tokyo Standard Time", 9)]
    [InlineData("Asia/Tokyo", 9)]
    [InlineData(null, 0)]
    [InlineData("Not a zone", 0)]
    public void Windows_and_IANA_names_both_resolve_and_anything_else_is_UTC(string? name, int hours) =>
        Assert.Equal(TimeSpan.FromHours(hours), OwnerZone.Of(name).BaseUtcOffset);
}
