using System.Text.RegularExpressions;

namespace OutlookRelations.GraphEmulator.Sources;

/// <summary>
/// Display names as the Enron exports wrote them: "Phillip K Allen", or Exchange's
/// "Allen, Phillip K. &lt;/O=ENRON/OU=NA/CN=RECIPIENTS/CN=PALLEN&gt;" (surname first, then the
/// mailbox's legacy directory name). Shown as a person reads a name: "Phillip K. Allen".
/// </summary>
public static partial class ExportNames
{
    /// <summary>A name fit to show, or null when the export wrote an address or nothing.</summary>
    public static string? Clean(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var name = LegacyDn().Replace(raw, "").Trim().Trim('"', '\'').Trim();
        if (name.Length == 0 || name.Contains('@')) return null;
        var comma = name.IndexOf(',');
        if (comma > 0 && name.IndexOf(',', comma + 1) < 0) name = $"{name[(comma + 1)..].Trim()} {name[..comma].Trim()}";
        return name.Length == 0 ? null : name;
    }

    /// <summary>The mailbox alias in a legacy directory name ("…/CN=PALLEN>" gives "pallen"), if any.</summary>
    public static string? Alias(string? raw) =>
        raw is not null && AliasPart().Match(raw) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : null;

    /// <summary>
    /// The entries of an X-To/X-cc list: commas separate people, except the one inside
    /// "Surname, Given &lt;/O=…&gt;". Entries that are not names stay as empty strings, so positions still line up.
    /// </summary>
    public static IReadOnlyList<string> Split(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return [];
        return [.. Entry().Matches(raw).Select(m => Clean(m.Value.Trim()) ?? "")];
    }

    /// <summary>Given name and surname, lower-case, for telling whether two names are one person.</summary>
    public static (string Given, string Surname)? Person(string? name)
    {
        var words = (name ?? "").Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 ? null : (words[0].ToLowerInvariant(), words[^1].ToLowerInvariant());
    }

    [GeneratedRegex(@"<?/O=[^>]*>?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LegacyDn();

    [GeneratedRegex(@"/CN=([A-Za-z0-9._-]+)>?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AliasPart();

    [GeneratedRegex(@"[^,<]+,[^,<]+</O=[^>]*>|[^,]+", RegexOptions.CultureInvariant)]
    private static partial Regex Entry();
}
