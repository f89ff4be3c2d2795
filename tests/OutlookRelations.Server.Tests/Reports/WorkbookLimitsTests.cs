using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Reports;
using OutlookRelations.Server.Reports.Workbook;

namespace OutlookRelations.Server.Tests.Reports;

/// <summary>Excel's limits are met with a note in the workbook, never a crash.</summary>
public sealed class WorkbookLimitsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static ReportData DataWith(int relationships, string contactName = "Contact")
    {
        var period = new ReportPeriod(Now.AddDays(-30), Now, TimeZoneInfo.Utc);
        var history = new PairHistory(Guid.Empty, 1, [new PairMessage(1, "c", Side.Contact, Now.AddDays(-3), false), new PairMessage(2, "c", Side.Owner, Now.AddDays(-2), false)], []);
        var metrics = RelationshipMetrics.Compute(history, period, Now);
        var rows = Enumerable.Range(0, relationships)
            .Select(i => new RelationshipRow("ana@fabrikam.example", "Ana", $"c{i}@contoso.example", contactName, "Contoso", metrics, metrics, null)).ToList();
        var total = new GroupRow("Ana", "", MetricTotals.Of(rows.Select(r => r.Now)), MetricTotals.Of(rows.Select(r => r.Before)));
        return new ReportData(new ReportSpec(ReportScope.Me, period), "Ana", Now, total, [total], rows, [], WeeklyTrends.Of([history], period, Now), []);
    }

    [Fact]
    public async Task Rows_beyond_the_sheets_limit_are_left_out_with_a_note_saying_how_many()
    {
        var sheets = await SpreadsheetReader.ReadAsync(EngagementWorkbook.Build(DataWith(20), maxRows: 10));

        var relationships = sheets.Single(s => s.Name == "Relationships");
        Assert.Equal(10, relationships.Rows.Count);
        Assert.Equal("12 more rows are not shown: an Excel sheet holds 10 rows.", relationships.Rows[^1][0].Text);
    }

    [Fact]
    public async Task Text_longer_than_a_cell_holds_is_cut_with_a_note()
    {
        var sheets = await SpreadsheetReader.ReadAsync(EngagementWorkbook.Build(DataWith(1, new string('x', 40_000))));

        var name = sheets.Single(s => s.Name == "Relationships").Data.Single()[2].Text!;
        Assert.Equal(ExcelLimits.MaxCellText, name.Length);
        Assert.EndsWith("(cut: Excel holds 32,767 characters a cell)", name);
    }

    [Theory]
    [InlineData("Dormant relationships to re-engage", "Dormant relationships to re-eng")]
    [InlineData("Q1/Q2 [draft]: *notes*?", "Q1-Q2 -draft-- -notes--")]
    [InlineData("''", "Sheet")]
    public void Sheet_names_are_made_legal(string asked, string expected)
    {
        var name = ExcelLimits.SheetName(asked);

        Assert.Equal(expected, name);
        Assert.True(name.Length <= 31);
    }
}
