using System.Text;

namespace OutlookRelations.Server.Reports.Workbook;

/// <summary>
/// Excel's hard limits, and the one rule for text that came from email: it is text, never a formula.
/// Anything cut to fit says so in the workbook itself.
/// </summary>
public static class ExcelLimits
{
    public const int MaxRows = 1_048_576;
    public const int MaxCellText = 32_767;
    public const int MaxSheetName = 31;
    private const string Truncated = "… (cut: Excel holds 32,767 characters a cell)";

    /// <summary>A legal sheet name: no []:*?/\, not blank, at most 31 characters.</summary>
    public static string SheetName(string name)
    {
        var clean = new StringBuilder(name.Length);
        foreach (var c in XmlSafeText.Clean(name)) clean.Append(c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? '-' : c);
        var text = clean.ToString().Trim().Trim('\'');
        if (text.Length == 0) text = "Sheet";
        return text.Length <= MaxSheetName ? text : text[..MaxSheetName];
    }

    /// <summary>
    /// Text that fits a cell and an XML file (<see cref="XmlSafeText"/>), cut at Excel's limit without
    /// splitting a surrogate pair. Every string a cell gets passes through here.
    /// </summary>
    public static string CellText(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var clean = XmlSafeText.Clean(text);
        if (clean.Length <= MaxCellText) return clean;
        var cut = MaxCellText - Truncated.Length;
        if (char.IsHighSurrogate(clean[cut - 1])) cut--;
        return clean[..cut] + Truncated;
    }

    /// <summary>
    /// Text Excel (or a CSV export of the sheet) could take for a formula: =, +, -, @, or a leading
    /// tab/CR. Such cells get Excel's quote prefix on top of being stored as plain strings.
    /// </summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
