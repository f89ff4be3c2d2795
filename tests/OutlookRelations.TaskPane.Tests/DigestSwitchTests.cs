using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookRelations.TaskPane.Tests;

/// <summary>
/// Issue 20: the morning digest is each person's own switch in the Today view, unavailable (and
/// saying why) until an admin names a sender mailbox on the admin page.
/// </summary>
[Collection(nameof(PaneCollection))]
public sealed class DigestSwitchTests(PaneFixture pane)
{
    [Fact]
    public async Task The_switch_says_why_it_is_off_until_an_admin_names_a_sender_then_the_person_turns_it_on()
    {
        var page = await pane.OpenAsync("");
        var digest = page.GetByRole(AriaRole.Switch, new() { Name = "Email me this list each morning" });
        await Expect(digest).ToBeDisabledAsync();
        await Expect(page.GetByTestId("digest-switch")).ToContainTextAsync("have not chosen a mailbox to send it from");

        var admin = await pane.OpenReportsAsync("admin.html");
        await admin.GetByLabel("Send as this mailbox").FillAsync("Relations@Fabrikam.example");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status).First).ToContainTextAsync("Saved");
        await admin.ReloadAsync();
        await Expect(admin.GetByLabel("Send as this mailbox")).ToHaveValueAsync("relations@fabrikam.example");

        await page.ReloadAsync();
        await Expect(digest).ToBeEnabledAsync();
        await digest.ClickAsync(); // the switch follows the server's answer, not the click
        await Expect(digest).ToBeCheckedAsync();
        await Expect(page.GetByTestId("digest-switch")).ToContainTextAsync("Sent at 07:00 on working days");
        await page.ReloadAsync();
        await Expect(digest).ToBeCheckedAsync(); // kept on the server, not in the page

        await digest.ClickAsync();
        await Expect(digest).Not.ToBeCheckedAsync();
    }
}
