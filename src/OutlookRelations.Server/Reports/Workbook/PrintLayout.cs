using ClosedXML.Excel;

namespace OutlookRelations.Server.Reports.Workbook;

/// <summary>
/// Every sheet prints readably: landscape, one page wide (as many tall as it takes), its header row
/// repeated on each page, and a footer with the period and the page number. Streamed sheets keep
/// it: their template's print settings are copied as they are (<see cref="StreamedTable"/>).
/// </summary>
public static class PrintLayout
{
    public static void Apply(XLWorkbook book, string period)
    {
        foreach (var sheet in book.Worksheets)
        {
            var setup = sheet.PageSetup;
            setup.PageOrientation = XLPageOrientation.Landscape;
            setup.PaperSize = XLPaperSize.A4Paper;
            setup.FitToPages(1, 0);
            var header = sheet.Name == "Summary" ? SummarySheet.HeaderRow : 1;
            setup.SetRowsToRepeatAtTop(header, header);
            setup.Margins.Left = setup.Margins.Right = 0.4;
            // The period is our own text (dates and a time zone id); "&" would start a footer code.
            setup.Footer.Left.AddText($"OutlookRelations · {period.Replace("&", "&&")}");
            setup.Footer.Right.AddText("Page ");
            setup.Footer.Right.AddText(XLHFPredefinedText.PageNumber);
            setup.Footer.Right.AddText(" of ");
            setup.Footer.Right.AddText(XLHFPredefinedText.NumberOfPages);
        }
    }
}
