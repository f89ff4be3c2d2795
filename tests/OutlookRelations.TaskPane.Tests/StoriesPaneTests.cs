using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookRelations.TaskPane.Tests;

/// <summary>Issue 19 in Chromium: share a detail as a story from the card's menu, see it on the reports page, withdraw it.</summary>
[Collection(nameof(PaneCollection))]
public sealed class StoriesPaneTests(PaneFixture pane)
{
    private const string Friend = "story.friend@contoso.example";

    [Fact]
    public async Task A_detail_shared_from_the_cards_menu_shows_on_the_reports_page_and_withdrawing_it_there_removes_it()
    {
        // A note of its own, on a contact no other test looks at.
        var card = await NoteAsync(await pane.OpenAsync($"preview={Friend}"), "Twins start school in Bergen this autumn");
        var note = card.Locator("[data-kind='note']");
        await note.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Actions for") }).ClickAsync();
        await card.Page.GetByRole(AriaRole.Menuitem, new() { Name = "Share as a story" }).ClickAsync();
        await Expect(note.GetByRole(AriaRole.Status)).ToContainTextAsync("Shared as a story for your manager's report");

        var reports = await pane.OpenReportsAsync();
        var shared = reports.GetByLabel("Stories I shared");
        await Expect(shared).ToContainTextAsync("Nothing is shared unless you share it");
        await Expect(shared.Locator("[data-story-id]")).ToContainTextAsync($"{Friend}: Twins start school in Bergen this autumn");

        await shared.GetByRole(AriaRole.Button, new() { Name = "Withdraw: Twins start school in Bergen this autumn" }).ClickAsync();

        await Expect(shared.GetByRole(AriaRole.Status)).ToContainTextAsync("is in no report any more");
        await Expect(shared.Locator("[data-story-id]")).ToHaveCountAsync(0);
        await reports.ReloadAsync();
        await Expect(reports.GetByLabel("Stories I shared")).ToContainTextAsync("You have not shared any stories.");
    }

    private static async Task<ILocator> NoteAsync(IPage page, string text)
    {
        var card = page.Locator($"[data-email='{Friend}']");
        await card.GetByLabel($"Remember something about {Friend}").FillAsync(text);
        await card.GetByRole(AriaRole.Button, new() { Name = "Remember" }).ClickAsync();
        await Expect(card.Locator("[data-kind='note']")).ToContainTextAsync(text);
        return card;
    }
}
