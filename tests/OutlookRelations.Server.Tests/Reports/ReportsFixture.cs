using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.GraphEmulator.Sources;

namespace OutlookRelations.Server.Tests.Reports;

/// <summary>
/// A small tenant with a real job server: Nina manages Ana and Bo; Ian is an admin. Ana and Bo
/// write with customers at two organisations; one of Ana's customers has gone quiet.
/// </summary>
public sealed class ReportsFixture : IAsyncLifetime
{
    public const string Nina = "nina@fabrikam.example", Ana = "ana@fabrikam.example", Bo = "bo@fabrikam.example", Ian = "ian@fabrikam.example";
    public static readonly EmailAddress Carla = new("Carla Reyes", "carla@adventure-works.example");
    public static readonly EmailAddress Dev = new("Dev Patel", "dev@adventure-works.example");
    public static readonly EmailAddress Quiet = new("Quinn Quiet", "quinn@tailspin-toys.example");
    public static readonly EmailAddress Newsletter = new("Wine Weekly", "editor@wine.example");
    public const int NewslettersToAna = 3;
    public static readonly EmailAddress Formula = new("=HYPERLINK(\"http://evil.example\",\"click\")", "formula@tailspin-toys.example");

    private GraphEmulatorServer _emulator = null!;
    public RelationsApp App { get; private set; } = null!;
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"reports-{Guid.NewGuid():N}.db");

    public async Task InitializeAsync()
    {
        var store = new EmulatorStore();
        var nina = MailboxBuilder.AddUser(store, "nina");
        var ana = store.AddMailbox(new EmulatedUser(StableId.Guid(Ana), "Ana", Ana, CompanyName: "Fabrikam", ManagerId: nina.User.Id));
        var bo = store.AddMailbox(new EmulatedUser(StableId.Guid(Bo), "Bo", Bo, CompanyName: "Fabrikam", ManagerId: nina.User.Id));
        MailboxBuilder.AddUser(store, "ian");
        var now = TestClock.Origin;
        Exchange(ana, Carla, now.AddDays(-20), "a1", replies: 3);
        Exchange(ana, Formula, now.AddDays(-15), "a2", replies: 1);
        Exchange(bo, Dev, now.AddDays(-10), "b1", replies: 2);
        Exchange(bo, Carla, now.AddDays(-100), "b2", replies: 1); // the previous period
        // Quinn wrote every week for two months, then nothing for four months.
        for (var w = 0; w < 8; w++) Exchange(ana, Quiet, now.AddDays(-180 + 7 * w), $"q{w}", replies: 1);
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "review", now.AddDays(-5), Carla));
        // A weekly newsletter: counted on its own line, in no relationship.
        for (var w = 0; w < NewslettersToAna; w++)
            ana.Inbox.Upsert(MailboxBuilder.Message(ana, $"news{w}", Newsletter, new EmailAddress("Ana", Ana), now.AddDays(-7 * w - 1)) with
            {
                Headers = [new("List-Unsubscribe", "<mailto:leave@wine.example>")],
            });

        _emulator = await GraphEmulatorServer.StartAsync(store);
        App = Start(DatabasePath);
        foreach (var owner in await App.ImportDirectoryAsync()) await App.SyncAsync(owner);
    }

    public RelationsApp Start(string databasePath, IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"Data Source={databasePath}",
            ["Jobs:RunServer"] = "true",
            ["Demo:Managers:0"] = Nina,
            ["Demo:Admins:0"] = Ian,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>()) settings[key] = value;
        return new(_emulator, settings: settings);
    }

    /// <summary>A conversation: the customer writes, the owner answers, <paramref name="replies"/> messages in all.</summary>
    private static void Exchange(Mailbox owner, EmailAddress customer, DateTimeOffset start, string key, int replies)
    {
        var me = new EmailAddress(owner.User.DisplayName, owner.User.Mail);
        for (var i = 0; i < replies; i++)
        {
            var fromCustomer = i % 2 == 0;
            var message = MailboxBuilder.Message(owner, $"{key}-{i}", fromCustomer ? customer : me, fromCustomer ? me : customer,
                start.AddHours(5 * i), conversation: key, body: i == 0 && key == "a1" ? "My son Leo turns ten next month." : null);
            (fromCustomer ? owner.Inbox : owner.SentItems).Upsert(message);
        }
    }

    public Task<JsonElement> WaitForAsync(HttpClient client, Guid id) => ReportPolling.WaitAsync(client, id);

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await _emulator.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try { File.Delete(DatabasePath + suffix); } catch (IOException) { }
        }
    }
}

[CollectionDefinition(nameof(ReportsCollection))]
public sealed class ReportsCollection : ICollectionFixture<ReportsFixture>;
