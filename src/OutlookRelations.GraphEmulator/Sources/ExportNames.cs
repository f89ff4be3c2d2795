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

    /// <summary>Every address in a header as written: inside angle brackets, or a bare word with an @ (lower-case).</summary>
    public static IEnumerable<string> AddressesIn(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) yield break;
        foreach (Match m in AddressToken().Matches(header))
        {
            var address = (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).Trim().Trim('"').ToLowerInvariant();
            if (NamesSomeone(address)) yield return address;
        }
    }

    /// <summary>Someone is named before the @ and a domain after it: "'@enron.com" addresses nobody.</summary>
    public static bool NamesSomeone(string address)
    {
        var at = address.IndexOf('@');
        return at > 0 && at < address.Length - 1 && !address.Contains(' ') && address[..at].Any(char.IsLetterOrDigit);
    }

    [GeneratedRegex(@"<([^<>]*)>|([^\s,<>""]+@[^\s,<>""]+)", RegexOptions.CultureInvariant)]
    private static partial Regex AddressToken();

    [GeneratedRegex(@"<?/O=[^>]*>?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LegacyDn();

    [GeneratedRegex(@"/CN=([A-Za-z0-9._-]+)>?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AliasPart();

    [GeneratedRegex(@"[^,<]+,[^,<]+</O=[^>]*>|[^,]+", RegexOptions.CultureInvariant)]
    private static partial Regex Entry();
}
