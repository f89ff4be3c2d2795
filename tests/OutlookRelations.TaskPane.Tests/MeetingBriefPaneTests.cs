using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace OutlookRelations.TaskPane.Tests;

/// <summary>The pane on a calendar item in Outlook shows that meeting's brief (issue 20).</summary>
[Collection(nameof(PaneCollection))]
public sealed class MeetingBriefPaneTests(PaneFixture pane)
{
    [Fact]
    public async Task On_a_calendar_item_the_pane_shows_a_card_for_each_outsider()
    {
        var item = JsonSerializer.Serialize(new { id = pane.ReviewMeetingId, subject = "Meeting review" });
        var page = await pane.OpenAsync("", meetingItem: item);

        await Expect(page.GetByText("Before you meet: Meeting review")).ToBeVisibleAsync();
        var card = page.Locator($"[data-email='{PaneFixture.Carla.Address}']");
        await Expect(card).ToContainTextAsync("Carla Reyes");
        await Expect(card.GetByTestId("opener")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Preview: recipients")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_calendar_item_not_synced_yet_says_so()
    {
        var page = await pane.OpenAsync("", meetingItem: JsonSerializer.Serialize(new { id = "AAMkAE-not-synced", subject = "Later" }));
        await Expect(page.GetByTestId("brief-problem")).ToContainTextAsync("not synced yet");
    }
}
