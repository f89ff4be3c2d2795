using Microsoft.Playwright;
using OutlookRelations.Testing;
using static Microsoft.Playwright.Assertions;

namespace OutlookRelations.TaskPane.Tests;

/// <summary>
/// The demo on real mail (issue 18): Phillip Allen's Enron mailbox served by the emulator, synced by
/// background jobs, and his top five contacts opened in the pane. Once, one address the product
/// itself listed broke every card, and his own older address was his first contact; then every
/// card opened with "It has been 25 years".
/// </summary>
[Collection(nameof(PaneCollection))]
public sealed class EnronPaneTests(PaneFixture pane) : IAsyncLifetime
{
    private const string Phillip = "phillip.allen@enron.com";
    private static readonly string[] HisAddresses = [Phillip, "k..allen@enron.com", "pallen@enron.com"];
    private string? _maildir;
    private RelationsApp? _app;

    public async Task InitializeAsync()
    {
        if (SharedData.PathTo("enron/maildir/allen-p") is not { } allen) return;
        // One mailbox of the corpus: the demo reads every folder under the root it is given.
        _maildir = Directory.CreateTempSubdirectory("enron-pane-").FullName;
        Directory.CreateSymbolicLink(Path.Combine(_maildir, "allen-p"), allen);
        _app = new RelationsApp(null, PaneClock.OfTheMachine, settings: new Dictionary<string, string?>
        {
            ["Demo:Maildir"] = _maildir, ["Demo:DefaultUser"] = Phillip, ["Demo:SyncOnStart"] = "true", ["Jobs:RunServer"] = "true",
        });
        _app.UseKestrel(0);
        _app.StartServer();
        using var client = _app.ClientAs(Phillip);
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync("/api/sync/status");
            if (response.IsSuccessStatusCode && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString() == "succeeded") return;
            await Task.Delay(500);
        }
        throw new TimeoutException("Phillip Allen's mailbox did not finish its first sync in 4 minutes.");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        if (_maildir is not null) Directory.Delete(_maildir, recursive: true);
    }

    [SharedDataFact("enron/maildir/allen-p")]
    public async Task His_top_five_contacts_load_as_cards_with_names_and_none_of_them_is_him()
    {
        using var client = _app!.ClientAs(Phillip);
        var top = (await client.GetFromJsonAsync<JsonElement>("/api/contacts?top=5")).GetProperty("contacts").EnumerateArray()
            .Select(c => c.GetProperty("email").GetString()!).ToList();
        Assert.Equal(5, top.Count);
        Assert.Empty(top.Intersect(HisAddresses));

        var page = await pane.OpenAsync($"preview={string.Join(',', top)}", server: _app.ClientOptions.BaseAddress);
        await page.GotoAsync(new Uri(_app.ClientOptions.BaseAddress, $"/taskpane.html?demoUser={Phillip}&preview={string.Join(',', top)}").ToString());
        foreach (var email in top)
        {
            var card = page.Locator($"[data-email='{email}']");
            await Expect(card).ToBeVisibleAsync(new() { Timeout = 15_000 });
            var name = await card.Locator("bdi").First.InnerTextAsync();
            Assert.NotEqual(email, name); // a name from the mail, not the bare address
            // One sentence to open with. The corpus is from 2001; brought forward to this week
            // (Demo:MaildirToThisWeek) it reads as a colleague's, not as "25 years" of silence.
            var opener = await card.GetByTestId("opener").InnerTextAsync();
            Assert.DoesNotContain("years", opener, StringComparison.Ordinal);
            Assert.Matches(@"^[A-Z].+[.”]$", opener);
        }
        await Expect(page.GetByText("Could not load the cards")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Folder, "taskpane-enron-allen.png"), FullPage = true });
    }
}
