using Microsoft.Playwright;
using OutlookRelations.GraphEmulator.Model;

namespace OutlookRelations.TaskPane.Tests;

/// <summary>
/// One server (demo mode, real Kestrel) and one Chromium for all pane tests. Ana's mailbox holds
/// mail from Carla whose details carry markup, and a message whose webLink is a javascript: URL.
/// </summary>
public sealed class PaneFixture : IAsyncLifetime
{
    public const string Ana = "ana@fabrikam.example";
    public static readonly EmailAddress Carla = new("Carla Reyes", "carla.reyes@adventure-works.example");
    public static readonly EmailAddress Dmitri = new("Dmitri Volkov", "dmitri@tailspin-toys.example");
    /// <summary>A rich card: four details, a question awaiting Ana's reply, a meeting, a colleague.</summary>
    public static readonly EmailAddress Elena = new("Elena Petrova", "elena@northwind.example");
    /// <summary>Elena's colleague, whose name carries a right-to-left override (U+202E).</summary>
    /// <summary>A customer Ana has never written to, whom her colleague Ben knows well (warm paths).</summary>
    public static readonly EmailAddress Isabel = new("Isabel Garcia", "isabel@litware.example");
    public const string Ben = "ben@fabrikam.example";
    public static readonly EmailAddress Fatima = new("Fatima ‮evil", "fatima@northwind.example");
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string OfficeCdn = "https://appsforoffice.microsoft.com/**";

    private GraphEmulatorServer _emulator = null!;
    private RelationsApp _app = null!;
    private IPlaywright _playwright = null!;

    public IBrowser Browser { get; private set; } = null!;
    /// <summary>Ana's meeting with Carla in two days (its Graph id, as the pane has it on the calendar item).</summary>
    public string ReviewMeetingId { get; private set; } = "";
    public GraphEmulatorServer Emulator => _emulator;
    public Uri BaseAddress { get; private set; } = null!;
    public string OfficeShim { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "OfficeShim.js"));

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: run tests/ensure-prerequisites.sh (Debian package 'chromium').");
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        var me = new EmailAddress("Ana", Ana);
        var now = DateTimeOffset.UtcNow;
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "c1", Carla, me, now.AddDays(-6), "Pilot", body:
            "Hi Ana,\n\nMy daughter <img src=x onerror=\"window.__pwned=1\"> loves <script>window.__pwned=2</script> chess.\nWe are taking the kids to Disney next month.\n\nCarla"));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "c2", Carla, me, now.AddDays(-3), "Links", body: "My wife runs marathons, see javascript:window.__pwned=3 for her times.")
            with { WebLink = "javascript:window.__pwned=4" });
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "d1", Dmitri, me, now.AddDays(-2), "Hello", body: "Our new puppy Biscuit chewed my charger."));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "c3", Carla, me, now.AddDays(-1), "Pilot results", body: "Could you send me the pilot results before Friday?"));
        var review = MailboxBuilder.Meeting(ana, "review", now.AddDays(2), Carla);
        ReviewMeetingId = review.Id;
        ana.Calendar.Upsert(review);
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "e1", Elena, me, now.AddDays(-9), "Quarterly numbers", body:
            "Hi Ana,\n\nThanks for the numbers. My daughter Sofia just started at university in Boston and we miss her already.\n\nElena"));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "e2", Elena, me, now.AddDays(-7), "Next steps", body:
            "Hi Ana,\n\nWe're flying to Lisbon for a week on Friday, so I'll be offline for a while.\nCould you send me the renewal terms before I leave?\n\nElena"));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "e3", Elena, me, now.AddDays(-6), "Lunch", body:
            "Hi Ana,\n\nOur new puppy Mochi kept us up all night. My son Leo plays the violin in the school orchestra.\n\nElena"));
        ana.SentItems.Upsert(MailboxBuilder.Message(ana, "e4", me, Elena, now.AddDays(-30), "Intro", body: "Good to meet you."));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "f1", Fatima, me, now.AddDays(-4), "Hello from Northwind", body: "Nice to meet you."));
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "northwind", now.AddDays(4), Elena));

        var ben = store.AddMailbox(new EmulatedUser(OutlookRelations.GraphEmulator.Sources.StableId.Guid(Ben), "Ben Carter", Ben, CompanyName: "Fabrikam"));
        for (var i = 0; i < 8; i++)
        {
            ben.Inbox.Upsert(MailboxBuilder.Message(ben, $"i{i}", Isabel, new EmailAddress("Ben Carter", Ben), now.AddDays(-2 - 3 * i), $"Plans {i}", $"plans{i}"));
            ben.SentItems.Upsert(MailboxBuilder.Message(ben, $"o{i}", new EmailAddress("Ben Carter", Ben), Isabel, now.AddDays(-2 - 3 * i).AddHours(1), $"RE: Plans {i}", $"plans{i}"));
        }

        _emulator = await GraphEmulatorServer.StartAsync(store);
        // Ana is a manager and an admin here (team reports, the admin page), and a job server runs jobs.
        _app = new RelationsApp(_emulator, PaneClock.OfTheMachine, settings: new Dictionary<string, string?> { ["Jobs:RunServer"] = "true", ["Demo:Managers:0"] = Ana, ["Demo:Admins:0"] = Ana });
        _app.UseKestrel(0);
        _app.StartServer();
        BaseAddress = _app.ClientOptions.BaseAddress;
        foreach (var owner in await _app.ImportDirectoryAsync()) await _app.SyncAsync(owner);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A desktop-sized page on the reports page (or another page for a plain browser), as Ana.</summary>
    public async Task<IPage> OpenReportsAsync(string pageName = "reports.html")
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 }, AcceptDownloads = true });
        await page.GotoAsync(new Uri(BaseAddress, $"/{pageName}?demoUser={Ana}").ToString());
        return page;
    }

    /// <summary>A 320-px-wide page; Office.js from the CDN is either refused (preview) or replaced by the shim (Outlook).</summary>
    /// <param name="readItem">In Outlook read mode: the message being read, as JSON { from, to, cc }.</param>
    /// <param name="server">Another server than the demo-mode one (the Entra-mode tests bring their own).</param>
    /// <param name="officeToken">What Office SSO hands the pane; null makes it refuse.</param>
    /// <param name="meetingItem">A calendar item open in Outlook, as JSON { id, subject }.</param>
    public async Task<IPage> OpenAsync(string query, bool inOutlook = false, string? readItem = null, Uri? server = null, string? officeToken = null, string? meetingItem = null)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 320, Height = 1000 } });
        inOutlook |= meetingItem is not null;
        var shim = (readItem is null ? "" : $"window.__shimRead = {readItem};\n")
            + (meetingItem is null ? "" : $"window.__shimMeeting = {meetingItem};\n")
            + (officeToken is null ? "" : $"window.__shimToken = {JsonSerializer.Serialize(officeToken)};\n") + OfficeShim;
        await page.RouteAsync(OfficeCdn, route => inOutlook || readItem is not null
            ? route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/javascript", Body = shim })
            : route.AbortAsync());
        await page.GotoAsync(server is null
            ? new Uri(BaseAddress, $"/taskpane.html?demoUser={Ana}&{query}").ToString()
            : new Uri(server, $"/taskpane.html?{query}").ToString());
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
        await _emulator.DisposeAsync();
    }
}

[CollectionDefinition(nameof(PaneCollection))]
public sealed class PaneCollection : ICollectionFixture<PaneFixture>;
