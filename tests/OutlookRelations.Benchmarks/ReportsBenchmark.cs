using System.Diagnostics;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Reports;
using OutlookRelations.Server.Reports.Workbook;

namespace OutlookRelations.Benchmarks;

/// <summary>
/// The organisation report for a generated tenant (default 200 users × 500 contacts = 100,000
/// relationships, a year of mail), beside a baseline measured in the same run: the same rows
/// written cell by cell with plain ClosedXML. Each side runs in its own process, so each peak
/// memory figure is its own. The two Relationships sheets are then compared cell by cell.
/// </summary>
internal static class ReportsBenchmark
{
    public static int Run(string[] args, TextWriter output)
    {
        var users = BenchmarkArgs.Int(args, "--users", 200);
        var contacts = BenchmarkArgs.Int(args, "--contacts", 500);
        if (args.Contains("--side")) return RunSide(args[Array.IndexOf(args, "--side") + 1], users, contacts, args[Array.IndexOf(args, "--out") + 1], output);

        var folder = Directory.CreateTempSubdirectory("reports-benchmark-").FullName;
        try
        {
            output.WriteLine($"reports: organisation report, {users} users × {contacts} contacts = {users * contacts:N0} relationships, a year of mail");
            var ours = Child("streamed", users, contacts, folder, output);
            var baseline = Child("baseline", users, contacts, folder, output);
            output.WriteLine();
            output.WriteLine($"{"",-38}{"wall (s)",10}{"peak (MB)",12}");
            output.WriteLine($"{"OutlookRelations (workbook only)",-38}{ours.WorkbookSeconds,10:F1}{ours.PeakMb,12:F0}");
            output.WriteLine($"{"baseline: ClosedXML cell by cell",-38}{baseline.WorkbookSeconds,10:F1}{baseline.PeakMb,12:F0}");
            output.WriteLine($"{"ratio (baseline / ours)",-38}{baseline.WorkbookSeconds / ours.WorkbookSeconds,10:F1}×{baseline.PeakMb / ours.PeakMb,11:F1}×   target ≥ 2× faster, ≥ 3× less memory");
            output.WriteLine($"measuring the relationships beforehand (both sides, not in the ratio): {ours.MeasureSeconds:F1} s");
            var differences = CompareRelationshipSheets(Path.Combine(folder, "streamed.xlsx"), Path.Combine(folder, "baseline.xlsx"));
            output.WriteLine(differences == 0 ? "same cell values in both Relationships sheets: yes" : $"same cell values: NO, {differences} cells differ");
            return differences == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed record Side(double MeasureSeconds, double WorkbookSeconds, double PeakMb);

    private static Side Child(string side, int users, int contacts, string folder, TextWriter output)
    {
        var start = BenchmarkArgs.Child("reports", "--side", side, "--users", $"{users}", "--contacts", $"{contacts}", "--out", folder);
        start.RedirectStandardOutput = true;
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        output.Write(text);
        var figures = text.Split('\n').Single(l => l.StartsWith("figures ", StringComparison.Ordinal)).Split(' ');
        return new Side(double.Parse(figures[1], System.Globalization.CultureInfo.InvariantCulture),
            double.Parse(figures[2], System.Globalization.CultureInfo.InvariantCulture), double.Parse(figures[3], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static int RunSide(string side, int users, int contacts, string folder, TextWriter output)
    {
        var (people, contactMap, histories) = GeneratedTenant.Build(users, contacts);
        var period = new ReportPeriod(GeneratedTenant.Now.AddDays(-90), GeneratedTenant.Now, TimeZoneInfo.Utc);
        var clock = Stopwatch.StartNew();
        var data = ReportCalculator.AssembleAsync(new ReportSpec(ReportScope.Organisation, period), "Fabrikam", GeneratedTenant.Now, people, contactMap,
            histories, Guid.Empty, new Dictionary<long, string>(), (_, _) => Task.CompletedTask).GetAwaiter().GetResult();
        var measure = clock.Elapsed.TotalSeconds;
        histories.Clear();
        GC.Collect();
        var baseline = Measure.PeakMegabytes();
        clock.Restart();
        var bytes = side == "streamed" ? EngagementWorkbook.Build(data) : PlainClosedXml(data);
        var write = clock.Elapsed.TotalSeconds;
        File.WriteAllBytes(Path.Combine(folder, $"{side}.xlsx"), bytes);
        var peak = Measure.PeakMegabytes();
        output.WriteLine($"  {side}: {data.Relationships.Count:N0} relationship rows, {bytes.Length / 1024.0 / 1024.0:F1} MB file; working set before writing {baseline:F0} MB");
        output.WriteLine(FormattableString.Invariant($"figures {measure:F3} {write:F3} {peak:F1}"));
        return 0;
    }

    /// <summary>The baseline: every Relationships cell set one by one through ClosedXML's API, then saved.</summary>
    private static byte[] PlainClosedXml(ReportData data)
    {
        var columns = EngagementWorkbook.RelationshipColumns(TimeZoneInfo.Utc);
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("Relationships");
        for (var c = 0; c < columns.Length; c++) sheet.Cell(1, c + 1).SetValue(columns[c].Header);
        for (var r = 0; r < data.Relationships.Count; r++)
            for (var c = 0; c < columns.Length; c++)
                SheetWriter.Write(sheet.Cell(r + 2, c + 1), columns[c].Value(data.Relationships[r]));
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Reads both Relationships sheets with the Open XML SDK and counts cells whose values differ.</summary>
    private static int CompareRelationshipSheets(string ours, string baseline)
    {
        var a = SheetValues(ours);
        var b = SheetValues(baseline);
        var differing = a.Keys.Union(b.Keys).Where(k => !Same(a.GetValueOrDefault(k), b.GetValueOrDefault(k))).ToList();
        foreach (var key in differing.Take(5)) Console.WriteLine($"  {key}: ours '{a.GetValueOrDefault(key)}', baseline '{b.GetValueOrDefault(key)}'");
        return differing.Count;
    }

    // ClosedXML writes 15 significant digits, the streamed sheet round-trip precision: equal to 1e-12.
    private static bool Same(string? a, string? b) =>
        a == b || (double.TryParse(a, System.Globalization.CultureInfo.InvariantCulture, out var x)
                   && double.TryParse(b, System.Globalization.CultureInfo.InvariantCulture, out var y)
                   && Math.Abs(x - y) <= 1e-12 * Math.Max(1, Math.Abs(x)));

    private static Dictionary<string, string> SheetValues(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var book = document.WorkbookPart!;
        var strings = book.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Relationships");
        var values = new Dictionary<string, string>();
        foreach (var cell in ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>())
        {
            var text = cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(cell.CellValue!.Text)]
                : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
                : cell.CellValue?.Text ?? "";
            if (text.Length > 0) values[cell.CellReference!.Value!] = double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : text;
        }
        return values;
    }
}
