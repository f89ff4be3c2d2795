using System.Text.RegularExpressions;

namespace OutlookRelations.Memory.Extraction;

/// <summary>
/// A short, complete phrase for a detail the model found without a rule: the sentence without its
/// greeting, cut at a clause boundary (a comma, a semicolon, a dash, "and"/"but"/"so") when it is
/// long, never in the middle of a clause.
/// </summary>
public static partial class Summaries
{
    public const int MaxChars = 90;

    public static string Of(string sentence)
    {
        var text = Greeting().Replace(sentence.Trim(), "").Trim();
        text = text.TrimEnd('.', '!', ' ');
        if (text.Length <= MaxChars) return text;
        var cut = -1;
        foreach (Match boundary in ClauseBoundary().Matches(text))
        {
            if (boundary.Index > MaxChars) break;
            if (boundary.Index >= 20) cut = boundary.Index;
        }
        return cut > 0 ? text[..cut].TrimEnd(',', ';', ' ', '-', '—') : text;
    }

    [GeneratedRegex(@"^(?:(?:hi|hey|hello|dear)\s+\w+[,!]?\s*|(?:hi|hey|hello)[,!]\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"[,;:]\s|\s[-—]+\s|\s(?:and|but|so|because|although|while)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBoundary();
}
