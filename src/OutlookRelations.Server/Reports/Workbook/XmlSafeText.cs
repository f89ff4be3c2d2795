using System.Text;

namespace OutlookRelations.Server.Reports.Workbook;

/// <summary>
/// Text as an XML 1.0 file can carry it. An .xlsx is XML, and one sender whose display name held
/// U+FFFE made every report covering them fail on every retry ("hexadecimal value 0xFFFE, is an
/// invalid character", issue 15): email-derived text passes through here on its way to any cell
/// (<see cref="ExcelLimits.CellText"/>), whichever writer puts it there.
/// </summary>
public static class XmlSafeText
{
    /// <summary>
    /// Removes what XML 1.0 cannot hold at all (U+FFFE, U+FFFF, a surrogate without its partner) and
    /// turns control characters other than tab, LF and CR into spaces, as cells always did, so words
    /// stay apart. Surrogate pairs (emoji, other planes) are kept whole.
    /// </summary>
    public static string Clean(string text)
    {
        var first = FirstUnsafe(text);
        if (first < 0) return text;
        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
                continue;
            }
            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') continue;
            clean.Append(char.IsControl(c) && c is not ('\t' or '\n' or '\r') ? ' ' : c);
        }
        return clean.ToString();
    }

    // The usual name or subject has nothing to change: find that out without allocating.
    private static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))) return i;
        }
        return -1;
    }
}
