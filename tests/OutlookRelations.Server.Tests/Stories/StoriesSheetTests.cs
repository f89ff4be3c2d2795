using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Reports;
using OutlookRelations.Server.Reports.Workbook;
using OutlookRelations.Server.Stories;
using OutlookRelations.Server.Tests.Reports;

namespace OutlookRelations.Server.Tests.Stories;

/// <summary>The Stories sheet read back by openpyxl: its columns, safe text, and the print layout every sheet has.</summary>
public sealed class StoriesSheetTests
{
    private static readonly DateTimeOffset From = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);

    private static byte[] Workbook(params StoryRow[] stories)
    {
        var period = new ReportPeriod(From, From.AddDays(30), TimeZoneInfo.Utc);
        var none = MetricTotals.Of([]);
        var total = new GroupRow("Nina's team", "", none, none);
        return EngagementWorkbook.Build(new ReportData(new ReportSpec(ReportScope.Team, period), "Nina's team", From.AddDays(31), total, [total], [], [], [], []) { Stories = stories });
    }

    private static StoryRow Story(string sharedBy, string evidence, bool colleague = false, int day = 3) => new(
        Guid.NewGuid(), sharedBy, "Carla Reyes", "carla@contoso.example", "Contoso", colleague, "daughter starts violin", evidence,
        "@SUM(A1) her idea", From.AddDays(day), From.AddDays(20), new StoryOutcome(true, false, true));

    [Fact]
    public async Task Each_story_is_a_row_customers_first_and_no_text_from_mail_becomes_a_formula()
    {
        var sheet = (await SpreadsheetReader.ReadAsync(Workbook(Story("Ian", "Thanks, see you", colleague: true, day: 9), Story("Ana", "=HYPERLINK(\"http://evil.example\")")))).Single(s => s.Name == "Stories");

        Assert.Equal(["Shared by", "With", "Organisation", "Small talk", "What was said", "In their words", "When", "Reply", "Meeting", "Re-engagement", "What came of it", "Customer or colleague"],
            sheet.Header.Take(12).Select(c => c.Text));
        var rows = sheet.Data.ToList();
        Assert.Equal(["Ana", "Ian"], rows.Select(r => r[0].Text));
        Assert.Equal("\u201C=HYPERLINK(\"http://evil.example\")\u201D", rows[0][4].Text);
        Assert.Equal("@SUM(A1) her idea", rows[0][5].Text);
        Assert.True(rows[0][5].QuotePrefix);
        Assert.Equal(["yes", "no", "yes", "reply, re-engagement", "customer"], rows[0].Skip(7).Take(5).Select(c => c.Text));
        Assert.All(rows.SelectMany(r => r), c => Assert.NotEqual("f", c.Type));
    }

    [Fact]
    public async Task The_Stories_sheet_prints_landscape_one_page_wide_with_its_header_repeated()
    {
        var sheets = await SpreadsheetReader.ReadChartsAsync(Workbook(Story("Ana", "My daughter starts violin.")));

        var stories = sheets.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Stories");
        Assert.Equal("landscape", stories.GetProperty("orientation").GetString());
        Assert.True(stories.GetProperty("fitToWidth").GetBoolean());
        Assert.Equal("1:1", stories.GetProperty("printTitleRows").GetString());
        Assert.StartsWith("OutlookRelations · 2026-09-01 to 2026-09-30 (UTC) | Page &P of &N", stories.GetProperty("footer").GetString(), StringComparison.Ordinal);
    }
}
