using ClosedXML.Excel;
using OutlookRelations.Server.Engagement;

namespace OutlookRelations.Server.Reports.Workbook;

/// <summary>
/// The report as an .xlsx: Summary, the case for small talk, People, Relationships, Organisations, Weekly trends, Dormant to
/// re-engage, What customers tell us, Stories, Definitions. Dates are shown in the report's time zone. ClosedXML formats the small
/// sheets; the Relationships sheet is streamed so a 100,000-row organisation fits in little memory.
/// </summary>
public static class EngagementWorkbook
{
    public static readonly string[] SheetNames = ["Summary", SmallTalkCaseSheet.Name, "People", "Relationships", "Organisations", "Weekly trends", "Dormant to re-engage", "What customers tell us", StoriesSheet.Name, "Definitions"];

    public static byte[] Build(ReportData data, int maxRows = ExcelLimits.MaxRows)
    {
        using var book = new XLWorkbook();
        var zone = data.Spec.Period.Zone;
        SummarySheet.Write(book, data);
        SmallTalkCaseSheet.Write(book, data.Case ?? new SmallTalkCase([], []));
        Decorate(SheetWriter.Table(book, "People", GroupColumns("Person", "Email"), data.People, maxRows), data.People, GroupColumns("", "").Length);
        // The two sheets that can have 100,000 rows are streamed (StreamedTable) once the rest is saved.
        var relationshipColumns = RelationshipColumns(zone);
        var dormantColumns = DormantColumns(zone);
        Template(book, "Relationships", relationshipColumns, data.Relationships, maxRows);
        Decorate(SheetWriter.Table(book, "Organisations", GroupColumns("Organisation", "Domain or name"), data.Organisations, maxRows), data.Organisations, GroupColumns("", "").Length);
        var weeks = WeekRows(data);
        var weekSheet = SheetWriter.Table(book, "Weekly trends", WeekColumns, weeks, maxRows);
        if (weeks.Any(w => w.Partial)) NotePartialWeeks(weekSheet);
        Template(book, "Dormant to re-engage", dormantColumns, data.Dormant, maxRows);
        FeedbackSheet(book, data.Feedback, maxRows);
        StoriesSheet.Write(book, data.Stories, zone, maxRows);
        SheetWriter.Table(book, "Definitions", [new("Metric", d => d.Metric, Width: 34), new("Definition", d => d.Definition, Width: 120)], Definitions.All, maxRows)
            .Column(2).Style.Alignment.WrapText = true;
        PrintLayout.Apply(book, SummarySheet.PeriodText(data.Spec.Period));
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        // Charts first, while the package is small: each pass rewrites it, and after streaming it is the whole report.
        NativeCharts.Add(stream, "Summary", SummarySheet.Charts());
        NativeCharts.Add(stream, "Weekly trends", WeekCharts(weeks));
        if (data.Relationships.Count > 0) StreamedTable.Fill(stream, "Relationships", relationshipColumns, data.Relationships, maxRows);
        if (data.Dormant.Count > 0) StreamedTable.Fill(stream, "Dormant to re-engage", dormantColumns, data.Dormant, maxRows);
        return stream.ToArray();
    }

    private static void Template<T>(XLWorkbook book, string name, IReadOnlyList<Column<T>> columns, IReadOnlyList<T> rows, int maxRows)
    {
        if (rows.Count == 0) SheetWriter.Table(book, name, columns, rows, maxRows);
        else StreamedTable.Template(book, name, columns, rows[0]);
    }

    /// <summary>
    /// Data bars on message counts, and a red-to-green scale on reply rates whose yellow middle is the
    /// median of the rows (the 50th percentile, not halfway between the extremes, where one outlier
    /// would decide what counts as good), said in a note beside the table.
    /// </summary>
    private static void Decorate(IXLWorksheet sheet, IReadOnlyList<GroupRow> rows, int columns)
    {
        if (rows.Count == 0) return;
        sheet.Range(2, 4, rows.Count + 1, 4).AddConditionalFormat().DataBar(XLColor.FromHtml("#0F6CBD")).LowestValue().HighestValue();
        sheet.Range(2, 9, rows.Count + 1, 9).AddConditionalFormat().ColorScale()
            .LowestValue(XLColor.FromHtml("#F8696B")).Midpoint(XLCFContentType.Percentile, 50, XLColor.FromHtml("#FFEB84")).HighestValue(XLColor.FromHtml("#63BE7B"));
        if (Cadence.Median([.. rows.Select(r => r.Now.OwnerReplyRate).OfType<double>()]) is not { } median) return;
        var note = sheet.Cell(1, columns + 2);
        note.SetValue($"Colours on \"Your reply rate\": yellow is the median of these rows ({median.ToString("0%", System.Globalization.CultureInfo.InvariantCulture)}), green above it, red below.");
        note.Style.Font.Italic = true;
    }

    private const string Percent = "0%";
    private const string OneDecimal = "0.0";
    private const string Date = "yyyy-mm-dd";

    private static Column<GroupRow>[] GroupColumns(string what, string key) =>
    [
        new(what, g => g.Name, Width: 28),
        new(key, g => g.Key, Width: 28),
        new("Active relationships", g => g.Now.ActiveRelationships),
        new("Messages", g => g.Now.Messages),
        new("Sent", g => g.Now.Sent),
        new("Received", g => g.Now.Received),
        new("Threads you started", g => g.Now.ThreadsStartedByOwner),
        new("Threads they started", g => g.Now.ThreadsStartedByContact),
        new("Your reply rate", g => g.Now.OwnerReplyRate, Percent),
        new("Their reply rate", g => g.Now.ContactReplyRate, Percent),
        new("Your median response (h)", g => g.Now.OwnerMedianResponseHours, OneDecimal),
        new("Their median response (h)", g => g.Now.ContactMedianResponseHours, OneDecimal),
        new("Meetings", g => g.Now.Meetings),
        new("Meeting hours", g => g.Now.MeetingHours, OneDecimal),
        new("Reciprocity", g => g.Now.Reciprocity, Percent),
        new("Small talk share", g => g.Now.SmallTalkShare, Percent),
        new("Dormant", g => g.Now.Dormant),
        new("Re-engagements", g => g.Now.ReEngagements),
        new("Messages, previous period", g => g.Before.Messages),
    ];

    public static Column<RelationshipRow>[] RelationshipColumns(TimeZoneInfo zone) =>
    [
        new("Owner", r => r.OwnerEmail, Width: 28),
        new("Contact", r => r.ContactEmail, Width: 30),
        new("Name", r => r.ContactName, Width: 22),
        new("Organisation", r => r.Organisation, Width: 22),
        new("Sent", r => r.Now.Sent),
        new("Received", r => r.Now.Received),
        new("Threads you started", r => r.Now.ThreadsStartedByOwner),
        new("Threads they started", r => r.Now.ThreadsStartedByContact),
        new("Your reply rate", r => r.Now.OwnerReplyRate, Percent),
        new("Their reply rate", r => r.Now.ContactReplyRate, Percent),
        new("Your median response (h)", r => r.Now.OwnerMedianResponseHours, OneDecimal),
        new("Their median response (h)", r => r.Now.ContactMedianResponseHours, OneDecimal),
        new("Meetings", r => r.Now.Meetings),
        new("Meeting hours", r => r.Now.MeetingHours, OneDecimal),
        new("First contact", r => Local(r.Now.FirstContactAt, zone), Date),
        new("Last contact", r => Local(r.Now.LastContactAt, zone), Date),
        new("Days since two-way", r => r.Now.DaysSinceTwoWay),
        new("Usual gap (days)", r => r.Now.UsualGapDays, OneDecimal),
        new("Dormant", r => r.Now.Dormant),
        new("Reciprocity", r => r.Now.Reciprocity, Percent),
        new("Strength", r => r.Now.Strength, OneDecimal),
        new("Small talk share", r => r.Now.SmallTalkShare, Percent),
        new("Re-engagements", r => r.Now.ReEngagements),
        new("With", r => With(r)),
    ];

    /// <summary>Customers come first on every list; the column says where colleagues begin.</summary>
    private static string With(RelationshipRow r) => r.Colleague ? "colleague" : "customer";

    /// <summary>A week of the report, and whether the period covers only part of it (its first or last week).</summary>
    private sealed record WeekRow(WeekFigures Figures, bool Partial);

    private static readonly Column<WeekRow>[] WeekColumns =
    [
        new("Week starting", w => w.Figures.WeekStart, Date),
        new("Sent", w => w.Figures.Sent),
        new("Received", w => w.Figures.Received),
        new("Answers (two-way exchanges)", w => w.Figures.Answers),
        new("Meetings", w => w.Figures.Meetings),
        new("Meeting hours", w => w.Figures.MeetingHours, OneDecimal),
        new("Small talk messages", w => w.Figures.SmallTalkMessages),
        new("Week", w => w.Partial ? "partial" : "whole"),
    ];

    private static List<WeekRow> WeekRows(ReportData data)
    {
        var period = data.Spec.Period;
        var asOf = period.To < data.GeneratedAt ? period.To : data.GeneratedAt;
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(period.From, period.Zone).DateTime);
        var end = TimeZoneInfo.ConvertTime(asOf, period.Zone).DateTime;
        return [.. data.Weeks.Select(w => new WeekRow(w, w.WeekStart < first || w.WeekStart.AddDays(7).ToDateTime(TimeOnly.MinValue) > end))];
    }

    private static void NotePartialWeeks(IXLWorksheet sheet)
    {
        var note = sheet.Cell(1, WeekColumns.Length + 2);
        note.SetValue("Weeks marked \"partial\" are only partly inside the period: the charts leave them out, so they never look like a drop.");
        note.Style.Font.Italic = true;
    }

    // Whole weeks only (rows are one-based, the header is row 1); nothing to draw with fewer than two.
    private static IReadOnlyList<ChartSpec> WeekCharts(List<WeekRow> weeks)
    {
        var whole = weeks.Select((w, i) => (w, Row: i + 2)).Where(x => !x.w.Partial).Select(x => x.Row).ToList();
        if (whole.Count < 2) return [];
        const string sheet = "Weekly trends";
        var (from, to) = (whole[0], whole[^1]);
        var categories = NativeCharts.Range(sheet, 1, from, to);
        ChartSeries Column(int c) => new(NativeCharts.CellRef(sheet, c, 1), NativeCharts.Range(sheet, c, from, to));
        var left = WeekColumns.Length + 1;
        return
        [
            new("Messages and two-way exchanges each week", categories, [Column(2), Column(3), Column(4)], "Week starting", "Messages", Bars: false, (left, 2), (left + 10, 20)),
            new("Meetings and small talk each week", categories, [Column(5), Column(7)], "Week starting", "Count", Bars: false, (left, 21), (left + 10, 39)),
        ];
    }

    private static Column<RelationshipRow>[] DormantColumns(TimeZoneInfo zone) =>
    [
        new("Owner", r => r.OwnerEmail, Width: 28),
        new("Contact", r => r.ContactEmail, Width: 30),
        new("Name", r => r.ContactName, Width: 22),
        new("Organisation", r => r.Organisation, Width: 22),
        new("Last contact", r => Local(r.Now.LastContactAt, zone), Date),
        new("Days silent", r => r.Now.DaysSinceContact),
        new("Usual gap (days)", r => r.Now.UsualGapDays, OneDecimal),
        new("Strength", r => r.Now.Strength, OneDecimal),
        new("Talking point", r => r.TalkingPoint, Width: 60),
        new("With", r => With(r)),
    ];

    /// <summary>
    /// Feedback customers gave, by organisation and theme, complaints first; what they said is quoted
    /// only where talking points may be (see <see cref="CustomerFeedback"/>).
    /// </summary>
    private static void FeedbackSheet(XLWorkbook book, IReadOnlyList<FeedbackRow> rows, int maxRows)
    {
        Column<FeedbackRow>[] columns =
        [
            new("Organisation", r => r.Organisation, Width: 28),
            new("Theme", r => FeedbackThemes.Name(r.Theme), Width: 16),
            new("Mentions", r => r.Mentions),
            new("Previous period", r => r.MentionsBefore),
            new("Change", r => r.Change),
            new("What they said", r => string.Join("\n", r.Evidence.Select(e => $"\u201C{e}\u201D")), Width: 90),
        ];
        var sheet = SheetWriter.Table(book, "What customers tell us", columns, rows, maxRows);
        sheet.Column(columns.Length).Style.Alignment.WrapText = true;
        var note = sheet.Cell(1, columns.Length + 2);
        note.SetValue(rows.Count == 0
            ? "No customer feedback was remembered in this period."
            : "Feedback the memory engine remembered from customers' mail; colleagues' is left out. Themes are defined on the Definitions sheet.");
        note.Style.Font.Italic = true;
    }

    public static DateTime? Local(DateTimeOffset? at, TimeZoneInfo zone) =>
        at is null ? null : TimeZoneInfo.ConvertTime(at.Value, zone).DateTime;
}
