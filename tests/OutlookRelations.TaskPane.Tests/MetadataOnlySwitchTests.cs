using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookRelations.TaskPane.Tests;

/// <summary>
/// The admin page's metadata-only switch in Chromium. The save is answered by the browser here (the
/// settings echoed back), because turning the mode on for the shared demo tenant would erase the
/// details every other pane test reads; the server's side is tested in MetadataOnlyModeTests.
/// </summary>
[Collection(nameof(PaneCollection))]
public sealed class MetadataOnlySwitchTests(PaneFixture pane)
{
    [Fact]
    public async Task Turning_it_on_says_what_it_means_disables_the_details_and_saves_the_mode()
    {
        var page = await pane.OpenReportsAsync("admin.html");
        string? saved = null;
        await page.RouteAsync("**/api/admin/settings", async route =>
        {
            if (route.Request.Method != "PUT")
            {
                await route.ContinueAsync();
                return;
            }
            saved = route.Request.PostData;
            await route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = saved });
        });
        var metadataOnly = page.GetByRole(AriaRole.Switch, new() { Name = "Metadata only: never read the text of a message" });
        await Expect(metadataOnly).Not.ToBeCheckedAsync();
        await Expect(page.GetByText("Full: message text is read once")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Family" })).ToBeEnabledAsync();

        await metadataOnly.CheckAsync();

        await Expect(page.GetByText("nothing is remembered, and details already remembered from mail are deleted")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Family" })).ToBeDisabledAsync();
        await Expect(page.GetByRole(AriaRole.Switch, new() { Name = "Also remember sensitive details (health, bereavement, religion, politics)" })).ToBeDisabledAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Saved");
        Assert.NotNull(saved);
        Assert.True(JsonDocument.Parse(saved!).RootElement.GetProperty("metadataOnly").GetBoolean());
    }
}
