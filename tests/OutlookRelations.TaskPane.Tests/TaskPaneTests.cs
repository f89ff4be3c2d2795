using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookRelations.TaskPane.Tests;

[Collection(nameof(PaneCollection))]
public sealed class TaskPaneTests(PaneFixture pane)
{
    private static ILocator Card(IPage page, string email) => page.Locator($"[data-email='{email}']");

    [Fact]
    public async Task In_preview_mode_typed_recipients_get_cards_and_removing_one_removes_its_card()
    {
        var page = await pane.OpenAsync("");

        await page.GetByLabel("Preview: recipients").FillAsync($"{PaneFixture.Carla.Address}, stranger@nowhere.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();

        var carla = Card(page, PaneFixture.Carla.Address);
        await Expect(carla).ToContainTextAsync("Carla Reyes");
        await Expect(carla).ToContainTextAsync("Adventure Works");
        await Expect(carla.Locator("[data-kind='family']").First).ToBeVisibleAsync();
        await Expect(Card(page, "stranger@nowhere.example")).ToContainTextAsync("New contact");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Remove {PaneFixture.Carla.Address}" }).ClickAsync();
        await Expect(carla).ToHaveCountAsync(0);
        await Expect(Card(page, "stranger@nowhere.example")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_card_shows_what_awaits_your_reply_the_next_meeting_and_the_trend()
    {
        var page = await pane.OpenAsync($"preview={PaneFixture.Carla.Address}");
        var card = Card(page, PaneFixture.Carla.Address);
        await card.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^More") }).ClickAsync();

        await Expect(card.GetByTestId("awaiting").Filter(new() { HasText = "Pilot results" })).ToContainTextAsync("Could you send me the pilot results before Friday?");
        await Expect(card.GetByTestId("next-meeting")).ToContainTextAsync("Meeting review");
        await Expect(card.GetByRole(AriaRole.Img, new() { NameRegex = new System.Text.RegularExpressions.Regex("Messages per month") })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Text_from_email_is_shown_as_text_and_nothing_in_it_runs()
    {
        var page = await pane.OpenAsync($"preview={PaneFixture.Carla.Address}");
        var card = Card(page, PaneFixture.Carla.Address);
        await card.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^More") }).ClickAsync(); // evidence in full

        await Expect(card).ToContainTextAsync("<img src=x onerror=\"window.__pwned=1\">");
        await Expect(card).ToContainTextAsync("<script>window.__pwned=2</script>");
        await Expect(card.Locator("a[href^='https://outlook.office365.com/']").First).ToBeVisibleAsync(); // a safe source link is offered
        Assert.Equal(0, await card.Locator("img, script").CountAsync());
        Assert.Equal(0, await page.Locator("a[href^='javascript:' i]").CountAsync());
        await page.WaitForTimeoutAsync(300);
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
    }

    [Fact]
    public async Task The_pane_works_under_its_content_security_policy_which_refuses_inline_script()
    {
        var violations = new List<string>();
        var page = await pane.OpenAsync($"preview={PaneFixture.Carla.Address}");
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add(message.Text); };
        await page.ReloadAsync();

        await Expect(Card(page, PaneFixture.Carla.Address)).ToBeVisibleAsync();
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.body.appendChild(s); }");
        await page.WaitForTimeoutAsync(300);

        Assert.Null(await page.EvaluateAsync<int?>("() => window.__inline ?? null"));
        Assert.Single(violations); // the inline script above, and nothing the pane itself does
    }

    [Fact]
    public async Task Confirm_and_dismiss_persist_across_a_reload()
    {
        var page = await pane.OpenAsync($"preview={PaneFixture.Dmitri.Address}");
        // His one detail is the card's opener, so it waits behind "More" rather than being said twice.
        await Expect(Card(page, PaneFixture.Dmitri.Address).GetByTestId("opener")).ToContainTextAsync("Biscuit");
        await Card(page, PaneFixture.Dmitri.Address).GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^More") }).ClickAsync();
        var pet = Card(page, PaneFixture.Dmitri.Address).Locator("[data-kind='pet']");
        await pet.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Actions for") }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Confirm" }).ClickAsync();
        await Expect(pet.GetByLabel("confirmed")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await Card(page, PaneFixture.Dmitri.Address).GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^More") }).ClickAsync();
        pet = Card(page, PaneFixture.Dmitri.Address).Locator("[data-kind='pet']");
        await Expect(pet.GetByLabel("confirmed")).ToBeVisibleAsync();
        // The menu is keyboard reachable: focus its button, open it with Enter, move with the arrows.
        await pet.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Actions for") }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Menuitem, new() { Name = "Dismiss" })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.GetByRole(AriaRole.Menuitem, new() { Name = "Dismiss" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(pet).ToHaveCountAsync(0);

        await page.ReloadAsync();
        await Expect(Card(page, PaneFixture.Dmitri.Address)).ToContainTextAsync("Dmitri Volkov");
        await Expect(Card(page, PaneFixture.Dmitri.Address).Locator("[data-kind='pet']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task In_Outlook_compose_the_pane_follows_the_recipients_as_they_change()
    {
        var page = await pane.OpenAsync("", inOutlook: true);
        await Expect(page.GetByLabel("Preview: recipients")).ToHaveCountAsync(0); // no preview box inside Outlook
        await page.WaitForFunctionAsync("() => window.__shim.handlerRegistered");

        await page.EvaluateAsync($"() => window.__shim.setRecipients(['{PaneFixture.Carla.Address}'], ['{PaneFixture.Dmitri.Address}'], [])");
        await Expect(Card(page, PaneFixture.Carla.Address)).ToBeVisibleAsync();
        await Expect(Card(page, PaneFixture.Dmitri.Address)).ToBeVisibleAsync();

        await page.EvaluateAsync($"() => window.__shim.setRecipients([], ['{PaneFixture.Dmitri.Address}'], ['ghost@nowhere.example'])");
        await Expect(Card(page, PaneFixture.Carla.Address)).ToHaveCountAsync(0);
        await Expect(Card(page, "ghost@nowhere.example")).ToContainTextAsync("New contact");
    }

    [Fact]
    public async Task In_Outlook_read_mode_the_pane_shows_the_sender_and_the_other_recipients_but_not_you()
    {
        var item = $"{{ from: '{PaneFixture.Dmitri.Address}', to: ['{PaneFixture.Ana}'], cc: ['{PaneFixture.Carla.Address}'] }}";
        var page = await pane.OpenAsync("", readItem: item);

        await Expect(Card(page, PaneFixture.Dmitri.Address)).ToContainTextAsync("Dmitri Volkov");
        await Expect(Card(page, PaneFixture.Carla.Address)).ToContainTextAsync("Carla Reyes");
        await Expect(Card(page, PaneFixture.Ana)).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("Preview: recipients")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Remember_this_adds_a_note_and_a_screenshot_at_320px_is_saved()
    {
        var page = await pane.OpenAsync($"preview={PaneFixture.Carla.Address},new.friend@contoso.example");
        var card = Card(page, "new.friend@contoso.example");
        await card.GetByLabel("Remember something about new.friend@contoso.example").FillAsync("Met at the Seattle expo");
        await card.GetByRole(AriaRole.Button, new() { Name = "Remember" }).ClickAsync();
        await Expect(card.Locator("[data-kind='note']")).ToContainTextAsync("Met at the Seattle expo");

        // Nothing may scroll sideways at the task pane's narrowest width.
        var overflow = await page.EvaluateAsync<string>("""
            () => document.documentElement.scrollWidth <= 320 ? "" :
              `scrollWidth ${document.documentElement.scrollWidth}; widest: ` + [...document.querySelectorAll("body *")]
                .filter(e => e.getBoundingClientRect().right > 320).slice(-3)
                .map(e => `${e.tagName}.${e.className} "${(e.textContent || "").slice(0, 40)}" right=${Math.round(e.getBoundingClientRect().right)}`).join(" | ")
            """);
        Assert.True(overflow == "", $"the pane overflows 320 px: {overflow}");
        var file = Path.Combine(Artifacts.Folder, "taskpane-320px.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Assert.True(new FileInfo(file).Length > 10_000);
    }
}

/// <summary>Where tests leave files for people to look at: tests/TestResults/artifacts.</summary>
internal static class Artifacts
{
    public static string Folder { get; } = Directory.CreateDirectory(
        Path.Combine(OutlookRelations.Testing.RepositoryPaths.Root ?? Path.GetTempPath(), "tests", "TestResults", "artifacts")).FullName;
}
