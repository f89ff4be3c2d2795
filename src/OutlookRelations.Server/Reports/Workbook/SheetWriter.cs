using ClosedXML.Excel;

namespace OutlookRelations.Server.Reports.Workbook;

/// <summary>A column of a table sheet: its header, how a row fills it, and its number format.</summary>
public sealed record Column<T>(string Header, Func<T, object?> Value, string? Format = null, double Width = 14);

/// <summary>
/// Writes a table sheet the same way every time: bold frozen header, filter, formats, fixed widths
/// (measuring text needs libgdiplus on Linux and is slow), text always as text, Excel's row limit.
/// </summary>
public static class SheetWriter
{
    public static IXLWorksheet Table<T>(XLWorkbook book, string name, IReadOnlyList<Column<T>> columns, IReadOnlyList<T> rows, int maxRows = ExcelLimits.MaxRows)
    {
        var sheet = book.Worksheets.Add(ExcelLimits.SheetName(name));
        for (var c = 0; c < columns.Count; c++)
        {
            var header = sheet.Cell(1, c + 1);
            header.SetValue(columns[c].Header);
            sheet.Column(c + 1).Width = columns[c].Width;
            if (columns[c].Format is { } format) sheet.Column(c + 1).Style.NumberFormat.Format = format;
        }
        var headerRow = sheet.Range(1, 1, 1, columns.Count);
        headerRow.Style.Font.Bold = true;
        headerRow.Style.Fill.BackgroundColor = XLColor.FromHtml("#DEECF9");
        headerRow.Style.Alignment.WrapText = true;

        // One row for the header and, when rows are cut, one for the note that says so.
        var room = maxRows - 1;
        var shown = rows.Count <= room ? rows.Count : room - 1;
        for (var r = 0; r < shown; r++)
            for (var c = 0; c < columns.Count; c++)
                Write(sheet.Cell(r + 2, c + 1), columns[c].Value(rows[r]));
        if (shown < rows.Count)
        {
            var note = sheet.Cell(shown + 2, 1);
            note.SetValue($"{rows.Count - shown:N0} more rows are not shown: an Excel sheet holds {maxRows:N0} rows.");
            note.Style.Font.Italic = true;
        }
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(1, shown + 1), columns.Count).SetAutoFilter();
        return sheet;
    }

    /// <summary>Numbers and dates as themselves; everything else as text that can never become a formula.</summary>
    public static void Write(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case DateTime or DateTimeOffset or DateOnly:
                cell.SetValue(DateTime.FromOADate((double)Cells.Normalise(value)!));
                return;
            default:
                if (Cells.Normalise(value) is double number) cell.SetValue(number);
                else Text(cell, (string)Cells.Normalise(value)!);
                return;
        }
    }

    public static void Text(IXLCell cell, string? text)
    {
        var safe = ExcelLimits.CellText(text);
        cell.SetValue(safe);
        cell.DataType = XLDataType.Text;
        if (ExcelLimits.LooksLikeFormula(safe)) cell.Style.IncludeQuotePrefix = true;
    }
}
