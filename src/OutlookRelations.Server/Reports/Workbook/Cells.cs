namespace OutlookRelations.Server.Reports.Workbook;

/// <summary>
/// What a column value becomes in a cell, the same for ClosedXML and for streamed sheets: numbers
/// (dates as Excel serial numbers), booleans as yes/no, everything else as safe text.
/// </summary>
public static class Cells
{
    /// <summary>null, a double, or a string already fitted to a cell.</summary>
    public static object? Normalise(object? value) => value switch
    {
        null => null,
        int or long or double or decimal => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
        bool flag => flag ? "yes" : "no",
        DateTime local => local.ToOADate(),
        DateTimeOffset at => at.UtcDateTime.ToOADate(),
        DateOnly day => day.ToDateTime(TimeOnly.MinValue).ToOADate(),
        _ => ExcelLimits.CellText(value.ToString()),
    };
}
