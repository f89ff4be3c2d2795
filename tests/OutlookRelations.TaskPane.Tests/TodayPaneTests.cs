using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookRelations.TaskPane.Tests;

/// <summary>The pane with nobody to write to yet shows who is worth a note today (issue 20).</summary>
[Collection(nameof(PaneCollection))]
public sealed class TodayPaneTests(PaneFixture pane)
{
    [Fact]
    public async Task With_no_recipient_the_pane_lists_replies_owed_and_picking_a_name_opens_their_card()
    {
        var page = await pane.OpenAsync("");

        var owed = page.GetByTestId("today-repliesOwed");
        await Expect(owed).ToContainTextAsync("Answer Carla's question about “Pilot results”: “Could you send me the pilot results before Friday?”");
        await Expect(owed).ToContainTextAsync("Elena Petrova");

        await owed.GetByText("Carla Reyes").ClickAsync();
        await Expect(page.Locator($"[data-email='{PaneFixture.Carla.Address}']")).ToContainTextAsync("Adventure Works");
        await Expect(page.GetByTestId("today-repliesOwed")).ToHaveCountAsync(0); // the card replaces the list
    }
}
