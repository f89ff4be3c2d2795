using System.Text.RegularExpressions;

namespace OutlookRelations.Memory.Cleaning;

/// <summary>
/// Keeps only what the author wrote in this message: the text above the first quoted reply or
/// forwarded block, without '&gt;' lines, signature or legal disclaimer. Works line by line so it
/// stays linear on very large bodies.
/// </summary>
public static partial class AuthoredText
{
    /// <summary>Lines of a reply header block (Outlook "From:/Sent:", Notes "To:/cc:/Subject:").</summary>
    private const int HeaderLookahead = 4;

    public static string Extract(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var kept = new List<string>(Math.Min(lines.Length, 200));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (StartsQuotedOrForwarded(lines, i, trimmed))
            {
                // Notes puts the quoted writer's name on the line above its date line.
                if (NotesDateLine().IsMatch(trimmed) && kept.Count > 0 && IsNameLine(kept[^1])) kept.RemoveAt(kept.Count - 1);
                break;
            }
            if (SignatureDelimiter().IsMatch(line) || Disclaimer().IsMatch(trimmed)) break;
            if (trimmed.StartsWith('>')) continue;
            kept.Add(line.TrimEnd());
        }
        return string.Join('\n', kept).Trim();
    }

    private static bool StartsQuotedOrForwarded(string[] lines, int i, string trimmed)
    {
        if (trimmed.Length == 0) return false;
        if (QuoteMarker().IsMatch(trimmed)) return true;
        // "On Tue, 3 Apr 2001, Ana wrote:", possibly wrapped over two lines.
        if (trimmed.EndsWith("wrote:", StringComparison.OrdinalIgnoreCase)
            && (trimmed.StartsWith("On ", StringComparison.OrdinalIgnoreCase) || (i > 0 && lines[i - 1].TrimStart().StartsWith("On ", StringComparison.OrdinalIgnoreCase))))
            return true;
        if (i + 1 < lines.Length && trimmed.StartsWith("On ", StringComparison.OrdinalIgnoreCase)
            && lines[i + 1].TrimEnd().EndsWith("wrote:", StringComparison.OrdinalIgnoreCase))
            return true;
        // Outlook: "From: …" followed by "Sent:"/"Date:"/"To:" within a few lines.
        if (trimmed.StartsWith("From:", StringComparison.OrdinalIgnoreCase) && Following(lines, i, OutlookHeader()))
            return true;
        // Lotus Notes: "Name" then "04/27/2000 01:40 PM" then "To:"; or "Name <x> on 04/27/2000 01:40 PM".
        if (NotesDateLine().IsMatch(trimmed) && Following(lines, i, NotesHeader())) return true;
        if (NotesByline().IsMatch(trimmed)) return true;
        return false;
    }

    private static bool IsNameLine(string line)
    {
        var t = line.Trim();
        return t.Length is > 0 and <= 60 && !".!?:,".Contains(t[^1], StringComparison.Ordinal);
    }

    private static bool Following(string[] lines, int i, Regex header)
    {
        for (var j = i + 1; j < lines.Length && j <= i + HeaderLookahead; j++)
        {
            if (header.IsMatch(lines[j].TrimStart())) return true;
        }
        return false;
    }

    [GeneratedRegex(@"^(-{2,}\s*(Original Message|Forwarded by|Forwarded message|Mensaje original|Message d'origine|Ursprüngliche Nachricht)|-{5,}\s*Forwarded|Begin forwarded message:|_{10,}$|From:\s.*\bSent:\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuoteMarker();

    [GeneratedRegex(@"^(Sent|Date|To|Subject):", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutlookHeader();

    [GeneratedRegex(@"^(To|cc|Subject):", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotesHeader();

    [GeneratedRegex(@"^\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex NotesDateLine();

    [GeneratedRegex(@"\bon\s+\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}(:\d{2})?\s*(AM|PM)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotesByline();

    [GeneratedRegex(@"^--\s?$", RegexOptions.CultureInvariant)]
    private static partial Regex SignatureDelimiter();

    [GeneratedRegex(@"^(\*{5,}|CONFIDENTIALITY|PRIVILEGED AND CONFIDENTIAL|This (e-?mail|message|communication)( and any (attachments|files))?( transmitted)? (is|are|may|contains?)\b|The information (contained )?in this (e-?mail|message)|If you are not the intended recipient)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Disclaimer();
}
