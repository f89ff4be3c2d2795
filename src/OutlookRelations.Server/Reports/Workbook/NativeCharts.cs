using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace OutlookRelations.Server.Reports.Workbook;

/// <summary>A series of a chart: its name's cell and its values' range, as sheet references ('Sheet'!$B$3:$B$20).</summary>
public sealed record ChartSeries(string NameCell, string Values);

/// <summary>
/// A native chart on a sheet: line (weeks) or clustered bars (this period against the previous),
/// with a title, axis titles and a legend, placed over a block of cells (zero-based, from/to).
/// </summary>
public sealed record ChartSpec(
    string Title, string Categories, IReadOnlyList<ChartSeries> Series, string XAxisTitle, string YAxisTitle,
    bool Bars, (int Column, int Row) From, (int Column, int Row) To, string ValueFormat = "General");

/// <summary>
/// Adds native Excel charts to a saved workbook with the Open XML SDK (ClosedXML cannot write
/// charts). The charts reference the sheet's own cells, so Excel and LibreOffice draw them from the
/// figures beside them and they stay true if someone edits a cell.
/// </summary>
public static class NativeCharts
{
    public static void Add(Stream workbook, string sheetName, IReadOnlyList<ChartSpec> charts)
    {
        if (charts.Count == 0) return;
        using var document = SpreadsheetDocument.Open(workbook, isEditable: true);
        var book = document.WorkbookPart!;
        var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == ExcelLimits.SheetName(sheetName));
        var part = (WorksheetPart)book.GetPartById(sheet.Id!);
        var drawings = part.DrawingsPart ?? part.AddNewPart<DrawingsPart>();
        drawings.WorksheetDrawing ??= new Xdr.WorksheetDrawing();
        uint id = 2;
        foreach (var chart in charts)
        {
            var chartPart = drawings.AddNewPart<ChartPart>();
            chartPart.ChartSpace = ChartSpace(chart);
            drawings.WorksheetDrawing.Append(Anchor(chart, drawings.GetIdOfPart(chartPart), id++));
        }
        if (part.Worksheet.GetFirstChild<Drawing>() is null) InsertDrawing(part.Worksheet, new Drawing { Id = part.GetIdOfPart(drawings) });
        part.Worksheet.Save();
    }

    // <drawing> has its place in a worksheet's sequence: after the print settings, before legacy drawings and tables.
    private static void InsertDrawing(Worksheet worksheet, Drawing drawing)
    {
        var before = worksheet.ChildElements.FirstOrDefault(e => e is LegacyDrawing or LegacyDrawingHeaderFooter or DrawingHeaderFooter
            or Picture or OleObjects or Controls or WebPublishItems or TableParts or WorksheetExtensionList);
        if (before is null) worksheet.Append(drawing);
        else worksheet.InsertBefore(drawing, before);
    }

    private static Xdr.TwoCellAnchor Anchor(ChartSpec chart, string relationship, uint id) => new(
        new Xdr.FromMarker(new Xdr.ColumnId($"{chart.From.Column}"), new Xdr.ColumnOffset("0"), new Xdr.RowId($"{chart.From.Row}"), new Xdr.RowOffset("0")),
        new Xdr.ToMarker(new Xdr.ColumnId($"{chart.To.Column}"), new Xdr.ColumnOffset("0"), new Xdr.RowId($"{chart.To.Row}"), new Xdr.RowOffset("0")),
        new Xdr.GraphicFrame(
            new Xdr.NonVisualGraphicFrameProperties(new Xdr.NonVisualDrawingProperties { Id = id, Name = chart.Title }, new Xdr.NonVisualGraphicFrameDrawingProperties()),
            new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = relationship }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        { Macro = "" },
        new Xdr.ClientData());

    private const uint CategoryAxisId = 500001;
    private const uint ValueAxisId = 500002;

    private static C.ChartSpace ChartSpace(ChartSpec spec)
    {
        OpenXmlCompositeElement plot = spec.Bars
            ? new C.BarChart(new C.BarDirection { Val = C.BarDirectionValues.Column }, new C.BarGrouping { Val = C.BarGroupingValues.Clustered }, new C.VaryColors { Val = false })
            : new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false });
        for (var i = 0; i < spec.Series.Count; i++) plot.Append(Series(spec, i));
        if (spec.Bars) plot.Append(new C.GapWidth { Val = 80 });
        else plot.Append(new C.ShowMarker { Val = true });
        plot.Append(new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });

        return new C.ChartSpace(
            new C.RoundedCorners { Val = false },
            new C.Chart(
                Title(spec.Title, 1400),
                new C.AutoTitleDeleted { Val = false },
                new C.PlotArea(new C.Layout(), plot, CategoryAxis(spec), ValueAxis(spec)),
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }));
    }

    private static OpenXmlCompositeElement Series(ChartSpec spec, int i)
    {
        var s = spec.Series[i];
        var text = new C.SeriesText(new C.StringReference(new C.Formula(s.NameCell)));
        var categories = new C.CategoryAxisData(new C.StringReference(new C.Formula(spec.Categories)));
        var values = new C.Values(new C.NumberReference(new C.Formula(s.Values)));
        return spec.Bars
            ? new C.BarChartSeries(new C.Index { Val = (uint)i }, new C.Order { Val = (uint)i }, text, new C.InvertIfNegative { Val = false }, categories, values)
            : new C.LineChartSeries(new C.Index { Val = (uint)i }, new C.Order { Val = (uint)i }, text, new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.Circle }, new C.Size { Val = 4 }), categories, values, new C.Smooth { Val = false });
    }

    private static C.CategoryAxis CategoryAxis(ChartSpec spec) => new(
        new C.AxisId { Val = CategoryAxisId },
        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
        Title(spec.XAxisTitle, 1000),
        new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
        new C.MajorTickMark { Val = C.TickMarkValues.Outside },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        new C.CrossingAxis { Val = ValueAxisId },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.AutoLabeled { Val = true },
        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
        new C.LabelOffset { Val = 100 });

    private static C.ValueAxis ValueAxis(ChartSpec spec) => new(
        new C.AxisId { Val = ValueAxisId },
        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = C.AxisPositionValues.Left },
        new C.MajorGridlines(),
        Title(spec.YAxisTitle, 1000),
        new C.NumberingFormat { FormatCode = spec.ValueFormat, SourceLinked = false },
        new C.MajorTickMark { Val = C.TickMarkValues.Outside },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        new C.CrossingAxis { Val = CategoryAxisId },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.CrossBetween { Val = C.CrossBetweenValues.Between });

    // A chart or axis title in our words (not email text), at a size in hundredths of a point.
    private static C.Title Title(string text, int size) => new(
        new C.ChartText(new C.RichText(
            new A.BodyProperties(), new A.ListStyle(),
            new A.Paragraph(new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = size, Bold = true }),
                new A.Run(new A.RunProperties { Language = "en-GB", FontSize = size, Bold = true }, new A.Text(text))))),
        new C.Overlay { Val = false });

    /// <summary>'Sheet name'!$B$3:$B$20 for a column range (one-based rows, as Excel shows them).</summary>
    public static string Range(string sheet, int column, int firstRow, int lastRow)
    {
        var letters = StreamedTable.ColumnLetters(column);
        return $"'{sheet.Replace("'", "''")}'!${letters}${firstRow}:${letters}${lastRow}";
    }

    public static string CellRef(string sheet, int column, int row) =>
        $"'{sheet.Replace("'", "''")}'!${StreamedTable.ColumnLetters(column)}${row}";
}
