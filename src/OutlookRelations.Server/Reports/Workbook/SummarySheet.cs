using ClosedXML.Excel;
using OutlookRelations.Server.Engagement;

namespace OutlookRelations.Server.Reports.Workbook;

/// <summary>The first sheet: what the report covers and the headline figures against the previous period.</summary>
public static class SummarySheet
{
    private sealed record Line(string Metric, Func<MetricTotals, double?> Value, string Format, string Meaning);

    // The four rates sit together (rows 8 to 11) so one chart shows them; see RatesChart.
    private static readonly Line[] Lines =
    [
        new("Active relationships", t => t.ActiveRelationships, "#,##0", "People with at least one message or meeting in the period."),
        new("Messages", t => t.Messages, "#,##0", "Sent and received, with people outside the mailbox."),
        new("Your reply rate", t => t.OwnerReplyRate, "0%", "How often their messages got an answer from us."),
        new("Their reply rate", t => t.ContactReplyRate, "0%", "How often our messages got an answer from them."),
        new("Reciprocity", t => t.Reciprocity, "0%", "100% means as much comes back as goes out."),
        new("Small talk share", t => t.SmallTalkShare, "0%", "Messages that carried something personal: how relationships are kept warm."),
        new("Your median response (hours)", t => t.OwnerMedianResponseHours, "0.0", "Half of our answers came faster than this."),
        new("Meetings", t => t.Meetings, "#,##0", "Meetings held with them (invited, not declined)."),
        new("Meeting hours", t => t.MeetingHours, "#,##0.0", "Time spent in those meetings."),
        new("Re-engagements", t => t.ReEngagements, "#,##0", "Dormant relationships that came back to a two-way exchange."),
        new("Dormant relationships", t => t.Dormant, "#,##0", "Silent for longer than usual: see the 'Dormant to re-engage' sheet."),
    ];

    /// <summary>Rows kept for <see cref="SummarySentences"/> (it writes at most this many), under the title lines.</summary>
    public const int SentenceRows = 5;
    private const int FirstSentenceRow = 5;
    public const int HeaderRow = FirstSentenceRow + SentenceRows + 1;
    private static int RowOf(string metric) => HeaderRow + 1 + Array.FindIndex(Lines, l => l.Metric == metric);

    /// <summary>Charts under the figures: the four rates, response time, and re-engagements against dormancy, this period against the previous.</summary>
    public static IReadOnlyList<ChartSpec> Charts()
    {
        const string sheet = "Summary";
        var (first, last) = (RowOf("Your reply rate"), RowOf("Small talk share"));
        var response = RowOf("Your median response (hours)");
        var (reEngaged, dormant) = (RowOf("Re-engagements"), RowOf("Dormant relationships"));
        var below = HeaderRow + Lines.Length + 4; // zero-based: the row after the automated-mail and colleagues lines, with one row between
        ChartSeries Period(int column, int from, int to) => new(NativeCharts.CellRef(sheet, column, HeaderRow), NativeCharts.Range(sheet, column, from, to));
        return
        [
            new("Reply rates, reciprocity and small talk: this period and the previous", NativeCharts.Range(sheet, 1, first, last),
                [Period(2, first, last), Period(3, first, last)], "Figure", "Share (%)", Bars: true, (0, below), (4, below + 18), "0%"),
            new("Your median response time: this period and the previous", NativeCharts.Range(sheet, 1, response, response),
                [Period(2, response, response), Period(3, response, response)], "Figure", "Hours", Bars: true, (4, below), (5, below + 18), "0.0"),
            new("Re-engagements and dormant relationships: this period and the previous", NativeCharts.Range(sheet, 1, reEngaged, dormant),
                [Period(2, reEngaged, dormant), Period(3, reEngaged, dormant)], "Figure", "Relationships", Bars: true, (5, below), (8, below + 18), "#,##0"),
        ];
    }

    public static void Write(XLWorkbook book, ReportData data)
    {
        var sheet = book.Worksheets.Add("Summary");
        var period = data.Spec.Period;
        SheetWriter.Text(sheet.Cell(1, 1), $"Engagement report: {data.Title}");
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 16;
        SheetWriter.Text(sheet.Cell(2, 1), $"Scope: {ReportSpec.Name(data.Spec.Scope)}. Period: {Day(period.From, period)} to {Day(period.To.AddTicks(-1), period)} ({period.Zone.Id}); compared with {Day(period.Previous.From, period)} to {Day(period.From.AddTicks(-1), period)}.");
        SheetWriter.Text(sheet.Cell(3, 1), $"Generated {data.GeneratedAt:yyyy-MM-dd HH:mm} UTC by OutlookRelations. Every figure is defined on the Definitions sheet.");
        // In plain words first; the table under them holds the same figures.
        var sentences = SummarySentences.Of(data);
        for (var i = 0; i < sentences.Count && i < SentenceRows; i++)
        {
            SheetWriter.Text(sheet.Cell(FirstSentenceRow + i, 1), sentences[i]);
            sheet.Cell(FirstSentenceRow + i, 1).Style.Font.FontSize = 12;
        }

        string[] headers = ["Metric", "This period", "Previous period", "Change", "What it means"];
        for (var c = 0; c < headers.Length; c++) sheet.Cell(HeaderRow, c + 1).SetValue(headers[c]);
        sheet.Range(HeaderRow, 1, HeaderRow, headers.Length).Style.Font.Bold = true;
        sheet.Range(HeaderRow, 1, HeaderRow, headers.Length).Style.Fill.BackgroundColor = XLColor.FromHtml("#DEECF9");
        for (var i = 0; i < Lines.Length; i++)
        {
            var row = HeaderRow + 1 + i;
            var (now, before) = (Lines[i].Value(data.Total.Now), Lines[i].Value(data.Total.Before));
            SheetWriter.Text(sheet.Cell(row, 1), Lines[i].Metric);
            SheetWriter.Write(sheet.Cell(row, 2), now);
            SheetWriter.Write(sheet.Cell(row, 3), before);
            SheetWriter.Write(sheet.Cell(row, 4), now - before);
            sheet.Range(row, 2, row, 4).Style.NumberFormat.Format = Lines[i].Format;
            SheetWriter.Text(sheet.Cell(row, 5), Lines[i].Meaning);
        }
        // Kept out of every figure above, and said so, so nothing silently disappears.
        var automatedRow = HeaderRow + 1 + Lines.Length + 1;
        SheetWriter.Text(sheet.Cell(automatedRow, 1), AutomatedLine(data.AutomatedMessages));
        SheetWriter.Text(sheet.Cell(automatedRow, 5), "Mailing lists writing as themselves, newsletters, notifications and no-reply mail: no relationship, reply rate, response time or dormancy counts them.");
        SheetWriter.Text(sheet.Cell(automatedRow + 1, 1), ColleaguesLine(data.Colleagues));
        SheetWriter.Text(sheet.Cell(automatedRow + 1, 5), "People at your own organisation's domain: none of the figures above counts them; every sheet lists them after customers.");
        sheet.Column(1).Width = 30;
        sheet.Columns(2, 4).Width = 16;
        sheet.Column(5).Width = 80;
        sheet.SheetView.FreezeRows(HeaderRow);
    }

    /// <summary>"2026-09-01 to 2026-11-30 (Europe/London)": the period as the footer of every printed page says it.</summary>
    public static string PeriodText(ReportPeriod period) => $"{Day(period.From, period)} to {Day(period.To.AddTicks(-1), period)} ({period.Zone.Id})";

    /// <summary>The one line that counts what the figures leave out.</summary>
    public static string AutomatedLine(int messages) =>
        $"Newsletters and automated mail: {messages.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} {(messages == 1 ? "message" : "messages")}";

    /// <summary>The one line that says how much of the mail was with colleagues, kept apart from customers.</summary>
    public static string ColleaguesLine(GroupRow? colleagues)
    {
        var (relationships, messages) = (colleagues?.Now.ActiveRelationships ?? 0, colleagues?.Now.Messages ?? 0);
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return $"Colleagues: {relationships.ToString("N0", invariant)} {(relationships == 1 ? "relationship" : "relationships")}, {messages.ToString("N0", invariant)} {(messages == 1 ? "message" : "messages")}";
    }

    private static string Day(DateTimeOffset at, ReportPeriod period) =>
        TimeZoneInfo.ConvertTime(at, period.Zone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
