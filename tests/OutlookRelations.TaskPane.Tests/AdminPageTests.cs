using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookRelations.TaskPane.Tests;

/// <summary>The admin page and the "your data" card in Chromium.</summary>
[Collection(nameof(PaneCollection))]
public sealed class AdminPageTests(PaneFixture pane)
{
    [Fact]
    public async Task An_admin_changes_the_data_controls_and_sees_the_change_in_the_audit_log()
    {
        var page = await pane.OpenReportsAsync("admin.html");
        var anniversary = page.GetByRole(AriaRole.Checkbox, new() { Name = "Anniversary" });
        await Expect(anniversary).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Switch, new() { Name = "Also remember sensitive details (health, bereavement, religion, politics)" })).Not.ToBeCheckedAsync();
        // Stories are allowed by default: nothing is shared until someone shares it.
        await Expect(page.GetByRole(AriaRole.Switch, new() { Name = "Stories people choose to share may appear in their managers' and admins' reports" })).ToBeCheckedAsync();

        await anniversary.UncheckAsync();
        await page.GetByLabel("Excluded domains (one per line)").FillAsync("HR-Provider.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Saved");

        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Anniversary" })).Not.ToBeCheckedAsync();
        await Expect(page.GetByLabel("Excluded domains (one per line)")).ToHaveValueAsync("hr-provider.example");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Audit log" })).ToContainTextAsync("settings.changed");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Audit log" })).ToContainTextAsync("excludedDomains: [] → [hr-provider.example]");
    }

    [Fact]
    public async Task An_admin_sees_each_mailboxs_sync_health_in_a_table()
    {
        var page = await pane.OpenReportsAsync("admin.html");

        var table = page.GetByRole(AriaRole.Table, new() { Name = "Sync health" });
        var ana = table.GetByRole(AriaRole.Row).Filter(new() { HasText = PaneFixture.Ana });
        await Expect(ana).ToContainTextAsync("Healthy");
        await Expect(ana).ToContainTextAsync("Succeeded");
        await Expect(ana.GetByRole(AriaRole.Cell).Nth(5)).ToHaveTextAsync("none"); // the lag: Ana's newest Inbox message is stored
        await Expect(table.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(["Mailbox", "Health", "Last round", "Last success", "Items, last day", "Lag", "Last error", "Change notifications"]);
    }

    [Fact]
    public async Task Offboarding_needs_the_address_typed_twice()
    {
        var page = await pane.OpenReportsAsync("admin.html");
        var erase = page.GetByRole(AriaRole.Button, new() { Name = "Erase this mailbox" });

        await page.GetByLabel("Mailbox address").FillAsync("ghost@fabrikam.example");
        await Expect(erase).ToBeDisabledAsync();
        await page.GetByLabel("Type the address again to confirm").FillAsync("ghost@fabrikam.example");
        await erase.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Last).ToContainTextAsync("There is no mailbox ghost@fabrikam.example in this tenant.");
    }

    [Fact]
    public async Task Anyone_downloads_an_export_of_their_own_data_from_the_reports_page()
    {
        var page = await pane.OpenReportsAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Export my data (JSON)" }).ClickAsync());

        var file = Path.Combine(Artifacts.Folder, "export.json");
        await download.SaveAsAsync(file);
        using var export = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal(PaneFixture.Ana, export.RootElement.GetProperty("mailbox").GetString());
        Assert.Contains(export.RootElement.GetProperty("contacts").EnumerateArray(), c => c.GetProperty("email").GetString() == PaneFixture.Carla.Address);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Erase my data" })).ToBeDisabledAsync();
    }
}
