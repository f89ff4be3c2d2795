using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Reports;
using OutlookRelations.Server.Reports.Workbook;

namespace OutlookRelations.Server.Tests.Reports;

/// <summary>The workbook, streamed sheet included, is valid Office Open XML by the SDK's own validator.</summary>
public sealed class WorkbookValidityTests
{
    [Fact]
    public void The_workbook_passes_the_open_xml_validator()
    {
        var now = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
        var period = new ReportPeriod(now.AddDays(-30), now, TimeZoneInfo.Utc);
        var history = new PairHistory(Guid.Empty, 1, [new PairMessage(1, "c", Side.Contact, now.AddDays(-3), true), new PairMessage(2, "c", Side.Owner, now.AddDays(-2), false)], [new PairMeeting(now.AddDays(-1), now.AddDays(-1).AddHours(1))]);
        var metrics = RelationshipMetrics.Compute(history, period, now);
        var rows = Enumerable.Range(0, 50).Select(i => new RelationshipRow("ana@fabrikam.example", "Ana", $"c{i}@contoso.example", i % 2 == 0 ? "=1+1" : "Carla", "Contoso", metrics, metrics, "Trip to Lisbon")).ToList();
        var total = new GroupRow("Ana", "ana@fabrikam.example", MetricTotals.Of(rows.Select(r => r.Now)), MetricTotals.Of(rows.Select(r => r.Before)));
        var data = new ReportData(new ReportSpec(ReportScope.Me, period), "Ana", now, total, [total], rows, [total], WeeklyTrends.Of([history], period, now), rows.Take(3).ToList());

        using var stream = new MemoryStream(EngagementWorkbook.Build(data));
        using var document = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
