using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookRelations.TaskPane.Tests;

/// <summary>
/// Issue 20's warm paths in the pane: Ben turns on sharing in his Today view; Ana, writing to
/// Isabel whom she has never met, is told Ben knows her well; Ben turns it off and it is gone.
/// </summary>
[Collection(nameof(PaneCollection))]
public sealed class WarmPathsPaneTests(PaneFixture pane)
{
    private async Task<ILocator> SwitchAsBenAsync()
    {
        var ben = await pane.OpenAsync($"demoUser={PaneFixture.Ben}", server: pane.BaseAddress);
        var share = ben.GetByRole(AriaRole.Switch, new() { Name = "Let colleagues see whom I know, for introductions" });
        await Expect(share).ToBeEnabledAsync();
        return share;
    }

    [Fact]
    public async Task A_colleague_who_shares_is_named_on_the_card_of_someone_you_do_not_know_and_is_gone_once_they_stop()
    {
        var before = await pane.OpenAsync($"preview={PaneFixture.Isabel.Address}");
        await Expect(before.Locator($"[data-email='{PaneFixture.Isabel.Address}']")).ToContainTextAsync("New contact");
        await Expect(before.GetByTestId("warm-paths")).ToHaveCountAsync(0); // off by default

        var share = await SwitchAsBenAsync();
        await Expect(share).Not.ToBeCheckedAsync();
        await share.ClickAsync();
        await Expect(share).ToBeCheckedAsync();

        var ana = await pane.OpenAsync($"preview={PaneFixture.Isabel.Address}");
        await Expect(ana.GetByTestId("warm-paths")).ToHaveTextAsync($"Ben Carter (well) knows {PaneFixture.Isabel.Address}: ask for an introduction.");

        var again = await SwitchAsBenAsync();
        await Expect(again).ToBeCheckedAsync();
        await again.ClickAsync();
        await Expect(again).Not.ToBeCheckedAsync();
        var after = await pane.OpenAsync($"preview={PaneFixture.Isabel.Address}");
        await Expect(after.Locator($"[data-email='{PaneFixture.Isabel.Address}']")).ToContainTextAsync("New contact");
        await Expect(after.GetByTestId("warm-paths")).ToHaveCountAsync(0);
    }
}
