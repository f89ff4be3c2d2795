using System.Globalization;
using ClosedXML.Excel;
using OutlookRelations.Server.Engagement;

namespace OutlookRelations.Server.Reports.Workbook;

/// <summary>
/// "The case for small talk": plain words first, then the two comparisons (between relationships,
/// and within the same relationships) with counts, figures, differences and 95% intervals, then what
/// the figures do and do not show.
/// </summary>
public static class SmallTalkCaseSheet
{
    public const string Name = "The case for small talk";

    public static void Write(XLWorkbook book, SmallTalkCase figures)
    {
        var sheet = book.Worksheets.Add(Name);
        SheetWriter.Text(sheet.Cell(1, 1), Name);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 16;
        SheetWriter.Text(sheet.Cell(2, 1), Lead(figures));
        SheetWriter.Text(sheet.Cell(3, 1), Caveat);
        sheet.Range(2, 1, 2, 8).Merge().Style.Alignment.WrapText = true;
        sheet.Range(3, 1, 3, 8).Merge().Style.Alignment.WrapText = true;
        sheet.Row(2).Height = 48;
        sheet.Row(3).Height = 62;

        var row = Table(sheet, 5, "Relationships with small talk against relationships without", "With small talk", "Without", figures.Between);
        Table(sheet, row + 1, "Threads with small talk against threads without, in the same relationships", "Threads with small talk", "Threads without", figures.Within);
        sheet.Column(1).Width = 38;
        sheet.Column(2).Width = 34;
        sheet.Columns(3, 9).Width = 15;
        sheet.SheetView.FreezeRows(1);
    }

    public const string Caveat =
        "What this shows: how relationships and threads with personal small talk went, against those without, in your team's own mail over this period. " +
        "What it does not show: that small talk causes the difference. People who chat may already be closer. The second table compares threads within " +
        "the same relationships, which keeps who the people are fixed. Intervals are 95% bootstrap intervals; an interval that spans zero means the data cannot tell.";

    /// <summary>The sentence a manager reads first, from the reply-rate comparison.</summary>
    public static string Lead(SmallTalkCase figures)
    {
        var reply = figures.Between.FirstOrDefault();
        if (reply is not { With: { } with, Without: { } without })
            return "Not enough mail in this period to compare relationships with small talk and without.";
        var interval = reply is { Low: { } low, High: { } high } ? $"; 95% interval {Points(low)} to {Points(high)}" : "";
        return $"Where your team's mail carried small talk, people answered {Percent(with)} of your turns, against {Percent(without)} where it did not " +
               $"({Points(with - without)}{interval}; {reply.WithCount:N0} and {reply.WithoutCount:N0} relationships).";
    }

    private static int Table(IXLWorksheet sheet, int top, string title, string withHeader, string withoutHeader, IReadOnlyList<SmallTalkComparison> rows)
    {
        SheetWriter.Text(sheet.Cell(top, 1), title);
        sheet.Cell(top, 1).Style.Font.Bold = true;
        string[] headers = ["Measure", "Unit", $"{withHeader}: n", withHeader, $"{withoutHeader}: n", withoutHeader, "Difference", "95% interval from", "95% interval to"];
        for (var c = 0; c < headers.Length; c++) sheet.Cell(top + 1, c + 1).SetValue(headers[c]);
        var header = sheet.Range(top + 1, 1, top + 1, headers.Length);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#DEECF9");
        header.Style.Alignment.WrapText = true;
        var r = top + 2;
        foreach (var line in rows)
        {
            SheetWriter.Text(sheet.Cell(r, 1), line.Measure);
            SheetWriter.Text(sheet.Cell(r, 2), line.Unit);
            SheetWriter.Write(sheet.Cell(r, 3), line.WithCount);
            SheetWriter.Write(sheet.Cell(r, 4), line.With);
            SheetWriter.Write(sheet.Cell(r, 5), line.WithoutCount);
            SheetWriter.Write(sheet.Cell(r, 6), line.Without);
            SheetWriter.Write(sheet.Cell(r, 7), line.Difference);
            SheetWriter.Write(sheet.Cell(r, 8), line.Low);
            SheetWriter.Write(sheet.Cell(r, 9), line.High);
            var share = line.Unit.StartsWith("share", StringComparison.Ordinal);
            sheet.Range(r, 4, r, 4).Style.NumberFormat.Format = sheet.Range(r, 6, r, 6).Style.NumberFormat.Format = share ? "0%" : "0.0";
            sheet.Range(r, 7, r, 9).Style.NumberFormat.Format = share ? "+0%;-0%;0%" : "+0.0;-0.0;0.0";
            r++;
        }
        return r;
    }

    private static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    private static string Points(double difference) =>
        $"{(difference >= 0 ? "+" : "−")}{Math.Abs(difference * 100).ToString("0", CultureInfo.InvariantCulture)} points";
}
