using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookRelations.TaskPane.Tests;

/// <summary>The reports page in Chromium: ask, watch it build, download the workbook, see the figures.</summary>
[Collection(nameof(PaneCollection))]
public sealed class ReportsPageTests(PaneFixture pane)
{
    [Fact]
    public async Task A_report_is_built_with_progress_then_downloaded_and_its_headline_figures_charted()
    {
        var page = await pane.OpenReportsAsync();
        var scope = page.GetByLabel("Whose relationships");
        await Expect(scope.Locator("option")).ToHaveTextAsync(["My relationships", "My team", "The organisation"]); // Ana is a manager and an admin here

        await page.GetByRole(AriaRole.Button, new() { Name = "Build report" }).ClickAsync();

        var report = page.Locator("[data-report-id]").First;
        await Expect(report).ToHaveAttributeAsync("data-status", "succeeded", new() { Timeout = 60_000 });
        await Expect(report.GetByLabel("Headline figures")).ToContainTextAsync("Messages");
        await Expect(report.GetByRole(AriaRole.Img, new() { Name = "Messages and meetings per week" })).ToBeVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => report.GetByRole(AriaRole.Button, new() { Name = "Download .xlsx" }).ClickAsync());
        Assert.Matches(@"^OutlookRelations me report - ana - to \d{4}-\d{2}-\d{2}\.xlsx$", download.SuggestedFilename);
        var file = Path.Combine(Artifacts.Folder, "report-me.xlsx");
        await download.SaveAsAsync(file);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(file)[..2]);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Folder, "reports-page.png"), FullPage = true });
    }

    [Fact]
    public async Task The_weekly_chart_has_titled_axes_and_a_legend_and_dormant_is_the_workbooks_count_defined_in_its_words()
    {
        var page = await pane.OpenReportsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Build report" }).ClickAsync();
        var report = page.Locator("[data-report-id]").First;
        await Expect(report).ToHaveAttributeAsync("data-status", "succeeded", new() { Timeout = 60_000 });

        var chart = report.GetByRole(AriaRole.Img, new() { Name = "Messages and meetings per week" });
        await Expect(chart.GetByLabel("Legend")).ToContainTextAsync("MessagesMeetings");
        await Expect(chart.GetByLabel("Y axis: messages and meetings per week (count)")).ToContainTextAsync("Count per week");
        await Expect(chart.GetByLabel("X axis: week starting (date)")).ToHaveTextAsync("Week starting");
        var dormant = OutlookRelations.Server.Engagement.Definitions.All.Single(d => d.Metric == "Dormant").Definition;
        await Expect(report.GetByTestId("dormant-definition")).ToHaveTextAsync($"Dormant: {dormant}");
        var shown = await report.GetByLabel("Headline figures").Locator("div", new() { HasText = "Dormant relationships" }).Last.Locator("span").Nth(1).TextContentAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => report.GetByRole(AriaRole.Button, new() { Name = "Download .xlsx" }).ClickAsync());
        var file = Path.Combine(Artifacts.Folder, "report-dormant.xlsx");
        await download.SaveAsAsync(file);
        using var book = new ClosedXML.Excel.XLWorkbook(file);
        var row = book.Worksheet("Summary").RowsUsed().Single(r => r.Cell(1).GetString() == "Dormant relationships");
        Assert.Equal(row.Cell(2).GetValue<double>().ToString("#,##0", System.Globalization.CultureInfo.GetCultureInfo("en-US")), shown);
    }

    [Fact]
    public async Task A_manager_turns_the_weekly_team_report_on_and_off()
    {
        var page = await pane.OpenReportsAsync();
        await page.GetByLabel("Whose relationships").SelectOptionAsync("team");
        var weekly = page.GetByRole(AriaRole.Switch);

        await weekly.CheckAsync();
        await Expect(page.GetByText("A my team report is built every Monday")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Switch)).ToBeCheckedAsync();

        await page.GetByRole(AriaRole.Switch).UncheckAsync();
        await Expect(page.GetByText("Build this report every Monday")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_bad_period_is_explained_not_swallowed()
    {
        var page = await pane.OpenReportsAsync();
        await page.GetByLabel("From", new() { Exact = true }).FillAsync("2026-05-01");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("2026-04-01");

        await page.GetByRole(AriaRole.Button, new() { Name = "Build report" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("'from' must not be after 'to'");
    }
}
