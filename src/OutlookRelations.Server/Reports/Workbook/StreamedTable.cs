using System.Globalization;
using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OutlookRelations.Server.Reports.Workbook;

/// <summary>
/// Large table sheets are streamed: ClosedXML writes a small template (header, formats, filter,
/// frozen pane, and two sample rows that carry the cell styles), then the sheet's XML is rewritten
/// row by row with the Open XML SDK's writer. Memory stays flat however many rows there are;
/// strings are inline strings, so text from email can never be a formula.
/// </summary>
public static class StreamedTable
{
    /// <summary>Writes the template: header and sample rows whose styles the streamed rows reuse.</summary>
    public static void Template<T>(XLWorkbook book, string name, IReadOnlyList<Column<T>> columns, T sample)
    {
        var sheet = SheetWriter.Table(book, name, columns, [sample, sample]);
        // Row 3 carries the quote-prefixed variant of each style, for text that looks like a formula.
        for (var c = 1; c <= columns.Count; c++) sheet.Cell(3, c).Style.IncludeQuotePrefix = true;
    }

    /// <summary>Replaces the template sheet's rows with every row, streamed, cut at Excel's limit with a note.</summary>
    public static void Fill<T>(Stream workbook, string name, IReadOnlyList<Column<T>> columns, IReadOnlyList<T> rows, int maxRows = ExcelLimits.MaxRows)
    {
        using var document = SpreadsheetDocument.Open(workbook, isEditable: true);
        var book = document.WorkbookPart!;
        var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == ExcelLimits.SheetName(name));
        var oldPart = (WorksheetPart)book.GetPartById(sheet.Id!);
        var template = oldPart.Worksheet;
        var templateRows = template.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        var plain = Styles(templateRows[1], columns.Count);
        var quoted = Styles(templateRows[2], columns.Count);
        var shown = rows.Count <= maxRows - 1 ? rows.Count : maxRows - 2;
        var lastRow = shown + 1 + (shown < rows.Count ? 1 : 0);
        var letters = Enumerable.Range(1, columns.Count).Select(ColumnLetters).ToArray();

        var newPart = book.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(newPart))
        {
            writer.WriteStartElement(new Worksheet(), template.GetAttributes(), template.NamespaceDeclarations.Select(n => new KeyValuePair<string, string>(n.Key, n.Value)));
            foreach (var child in template.ChildElements)
            {
                if (child is SheetData)
                {
                    writer.WriteStartElement(new SheetData());
                    writer.WriteElement((Row)templateRows[0].CloneNode(true));
                    for (var r = 0; r < shown; r++) WriteRow(writer, r + 2, columns, rows[r], letters, plain, quoted);
                    if (shown < rows.Count) WriteNote(writer, shown + 2, $"{rows.Count - shown:N0} more rows are not shown: an Excel sheet holds {maxRows:N0} rows.");
                    writer.WriteEndElement();
                    continue;
                }
                var copy = child.CloneNode(true);
                if (copy is SheetDimension dimension) dimension.Reference = $"A1:{letters[^1]}{lastRow}";
                if (copy is AutoFilter filter) filter.Reference = $"A1:{letters[^1]}{shown + 1}";
                writer.WriteElement(copy);
            }
            writer.WriteEndElement();
        }
        sheet.Id = book.GetIdOfPart(newPart);
        book.DeletePart(oldPart);
        // The filter's hidden defined name (_xlnm._FilterDatabase) still names the template's range.
        foreach (var defined in book.Workbook.DefinedNames?.Elements<DefinedName>().Where(d => d.Name == "_xlnm._FilterDatabase") ?? [])
            if (defined.Text.StartsWith($"'{sheet.Name}'!", StringComparison.Ordinal) || defined.Text.StartsWith($"{sheet.Name}!", StringComparison.Ordinal))
                defined.Text = $"'{sheet.Name}'!$A$1:${letters[^1]}${shown + 1}";
        book.Workbook.Save();
    }

    private static uint[] Styles(Row row, int count)
    {
        var styles = new uint[count];
        foreach (var cell in row.Elements<Cell>())
        {
            var column = ColumnIndex(cell.CellReference!.Value!);
            if (column < count) styles[column] = cell.StyleIndex?.Value ?? 0;
        }
        return styles;
    }

    // Element instances are only used for their names: one of each serves every cell.
    private static readonly Row RowElement = new();
    private static readonly Cell CellElement = new();
    private static readonly CellValue ValueElement = new();
    private static readonly InlineString InlineElement = new();
    private static readonly Text TextElement = new();

    private static void WriteRow<T>(OpenXmlWriter writer, int index, IReadOnlyList<Column<T>> columns, T row, string[] letters, uint[] plain, uint[] quoted)
    {
        var rowNumber = index.ToString(CultureInfo.InvariantCulture);
        writer.WriteStartElement(RowElement, [new OpenXmlAttribute("r", "", rowNumber)]);
        for (var c = 0; c < columns.Count; c++)
        {
            var reference = letters[c] + rowNumber;
            switch (Cells.Normalise(columns[c].Value(row)))
            {
                case null:
                    break;
                case double number:
                    writer.WriteStartElement(CellElement, [new OpenXmlAttribute("r", "", reference), new OpenXmlAttribute("s", "", plain[c].ToString(CultureInfo.InvariantCulture))]);
                    writer.WriteStartElement(ValueElement);
                    writer.WriteString(number.ToString("R", CultureInfo.InvariantCulture));
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                    break;
                case string text:
                    var style = ExcelLimits.LooksLikeFormula(text) ? quoted[c] : plain[c];
                    WriteText(writer, reference, text, style);
                    break;
            }
        }
        writer.WriteEndElement();
    }

    private static void WriteNote(OpenXmlWriter writer, int index, string note)
    {
        writer.WriteStartElement(RowElement, [new OpenXmlAttribute("r", "", index.ToString(CultureInfo.InvariantCulture))]);
        WriteText(writer, $"A{index}", note, 0);
        writer.WriteEndElement();
    }

    private static void WriteText(OpenXmlWriter writer, string reference, string text, uint style)
    {
        writer.WriteStartElement(CellElement,
            [new OpenXmlAttribute("r", "", reference), new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)), new OpenXmlAttribute("t", "", "inlineStr")]);
        writer.WriteStartElement(InlineElement);
        writer.WriteStartElement(TextElement, [new OpenXmlAttribute("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")]);
        writer.WriteString(text);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    public static string ColumnLetters(int column)
    {
        var letters = "";
        for (; column > 0; column = (column - 1) / 26) letters = (char)('A' + (column - 1) % 26) + letters;
        return letters;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter)) index = index * 26 + (c - 'A' + 1);
        return index - 1;
    }
}
