using System.Text.RegularExpressions;
using OutlookRelations.Server.Reports.Workbook;

namespace OutlookRelations.Server.Tests.Reports;

/// <summary>
/// Issue 19: the pack opens in LibreOffice and prints as a manager would put it on the table: every
/// sheet on its pages, the charts drawn, a few pages for a small report.
/// </summary>
public sealed class LibreOfficeRenderTests
{
    // A line only that sheet prints, for each sheet in the order of the workbook (a pattern: headers
    // wrap, and a wrapped header's words print on different lines).
    private static readonly (string Sheet, string Text)[] Landmarks =
    [
        ("Summary", "^Engagement report: Ana$"),
        (SmallTalkCaseSheet.Name, "^What this shows:"),
        ("People", @"^Person\s+Email\b"),
        ("Relationships", @"^Owner\s+Contact\s+Name\s+Organisation\s+Sent\b"),
        ("Organisations", @"^Organisation\s+Domain or name\b"),
        ("Weekly trends", @"^Week starting\s+Sent\b"),
        ("Dormant to re-engage", @"\bDays silent\b"),
        ("What customers tell us", @"^Organisation\s+Theme\b"),
        ("Stories", @"^Shared by\s+With\b"),
        ("Definitions", @"^Metric\s+Definition$"),
    ];

    [Fact]
    public async Task Every_sheet_prints_in_order_with_its_charts_drawn()
    {
        var pages = await LibreOfficeRender.PrintAsync(WorkbookChartsTests.Workbook());

        Assert.Equal(EngagementWorkbook.SheetNames, Landmarks.Select(l => l.Sheet));
        var firstPage = Landmarks.Select(l => pages.ToList().FindIndex(p => Regex.IsMatch(p.Text, l.Text, RegexOptions.Multiline))).ToList();
        Assert.All(firstPage.Zip(Landmarks), x => Assert.True(x.First >= 0, $"'{x.Second.Sheet}' printed nowhere"));
        Assert.Equal(firstPage.Order(), firstPage);
        // A one-relationship report fits on a page or two a sheet (fit to width, landscape).
        Assert.InRange(pages.Count, Landmarks.Length, 2 * Landmarks.Length);
        Assert.All(pages, p => Assert.Contains("Page ", p.Text, StringComparison.Ordinal)); // the footer

        // The Summary's bar charts and the weekly line charts are drawn in colour on their sheets' pages.
        var summary = pages[firstPage[0]];
        var weekly = pages[firstPage[5]];
        Assert.True(summary.ColouredPixels() > 200, $"Summary page has {summary.ColouredPixels()} coloured pixels: no chart drawn");
        Assert.True(weekly.ColouredPixels() > 200, $"Weekly trends page has {weekly.ColouredPixels()} coloured pixels: no chart drawn");
        // Text-only sheets have (next to) none, so the count is the charts', not the page's furniture.
        Assert.True(pages[firstPage[9]].ColouredPixels() < 50, "the Definitions page is coloured");
    }
}
