using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Details;

/// <summary>
/// The same thing said twice in different words ("moving to Denver in May", "our move to Denver")
/// is one detail on a card, "mentioned 2 times" (issue 18). The store already merges a detail
/// repeated word for word; this groups what is left: the same kind and either the same date or
/// summaries that share most of their words. Grouping is only for showing: every stored row stays,
/// so a correction or a dismissal can still reach each one.
/// </summary>
public static class MentionMerging
{
    /// <summary>Share of the smaller summary's words the larger must hold to count as the same thing.</summary>
    public const double SameWords = 0.6;

    // Words that say nothing about which detail it is.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "our", "your", "you", "she", "her", "his", "him", "they", "their", "them", "this", "that",
        "was", "were", "are", "has", "have", "had", "will", "just", "got", "get", "going", "next", "last", "from", "about",
        "all", "too", "very", "really", "also", "been", "being", "its", "it's", "i'm", "we're", "we'll", "i'll", "off", "out",
    };

    /// <summary>Groups <paramref name="details"/> (all of one contact), keeping their order by each group's first member.</summary>
    public static IReadOnlyList<IReadOnlyList<ContactDetail>> Group(IReadOnlyList<ContactDetail> details)
    {
        var groups = new List<List<ContactDetail>>();
        var words = details.ToDictionary(d => d, d => Words(d.Summary));
        foreach (var detail in details)
        {
            var home = groups.FirstOrDefault(g => g.Any(other => Same(detail, other, words)));
            if (home is null) groups.Add([detail]);
            else home.Add(detail);
        }
        return groups;
    }

    private static bool Same(ContactDetail a, ContactDetail b, Dictionary<ContactDetail, HashSet<string>> words)
    {
        if (a.Kind != b.Kind || a.IsOwnersPromise != b.IsOwnersPromise) return false;
        if (a.Date is not null && b.Date is not null) return a.Date == b.Date;
        var (x, y) = (words[a], words[b]);
        if (x.Count == 0 || y.Count == 0) return false;
        var shared = x.Count(y.Contains);
        return shared >= 2 && shared >= SameWords * Math.Min(x.Count, y.Count);
    }

    internal static HashSet<string> Words(string summary) =>
    [
        .. summary.ToLowerInvariant().Split((char[])[' ', ',', '.', ';', ':', '!', '?', '(', ')', '"', '“', '”', '-', '—'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Replace('’', '\'').Trim('\''))
            .Select(w => w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w) // Emma's → emma
            .Where(w => w.Length >= 3 && !Filler.Contains(w))
            .Select(Stem),
    ];

    // "moves", "moving", "moved" → "mov": enough to match a word to its other forms in a summary.
    private static string Stem(string word)
    {
        foreach (var ending in (string[])["ing", "ed", "es", "s"])
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
                return word[..^ending.Length].TrimEnd('e');
        return word.TrimEnd('e');
    }
}
