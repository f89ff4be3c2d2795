using System.Text.RegularExpressions;
using OutlookRelations.Memory.Extraction;

namespace OutlookRelations.Memory.Remembering;

/// <summary>What merging one new artifact did to a contact's memory.</summary>
public enum MergeOutcome
{
    /// <summary>A new detail: the caller creates it from the artifact.</summary>
    Added,
    /// <summary>The same detail mentioned again: it grew stronger (more mentions, more confidence).</summary>
    Strengthened,
    /// <summary>The owner dismissed this detail; it stays dismissed.</summary>
    Ignored,
}

/// <summary>
/// Merges a new artifact into what is already remembered about one contact: the same detail again
/// strengthens instead of duplicating; for kinds where only the latest fact holds, the newer one
/// supersedes the older (whatever order the messages arrive in).
/// </summary>
public static partial class MemoryMerge
{
    /// <summary>Similar enough to be the same detail (share of content words in common).</summary>
    public const double SameDetailOverlap = 0.5;

    public static (MergeOutcome Outcome, IRememberedDetail? Match) Merge(IReadOnlyList<IRememberedDetail> known, Artifact found, DateTimeOffset mentionedAt)
    {
        var same = known.FirstOrDefault(k => IsSameDetail(k, found));
        if (same is not null)
        {
            if (same.Status == DetailStatus.Dismissed) return (MergeOutcome.Ignored, same);
            Strengthen(same, found, mentionedAt);
            return (MergeOutcome.Strengthened, same);
        }
        return (MergeOutcome.Added, null);
    }

    /// <summary>
    /// Call after adding <paramref name="added"/>: among details where only the latest holds, the
    /// newest active one stays active and the older ones become superseded.
    /// </summary>
    public static void Supersede(IReadOnlyList<IRememberedDetail> known, IRememberedDetail added)
    {
        if (!OnlyLatestHolds(added)) return;
        var rivals = known.Append(added).Distinct()
            .Where(d => d.Kind == added.Kind && d.Status is DetailStatus.Active or DetailStatus.Superseded && Topic(d) == Topic(added))
            .OrderByDescending(d => d.LastMentionedAt).ToList();
        for (var i = 0; i < rivals.Count; i++) rivals[i].Status = i == 0 ? DetailStatus.Active : DetailStatus.Superseded;
    }

    public static bool IsSameDetail(IRememberedDetail known, Artifact found)
    {
        if (known.Kind != found.Kind) return false;
        // Two dates mean two occurrences (a trip in March and one in June), except for yearly dates:
        // "my birthday is February 2" said in two different years is one birthday.
        if (known.Date is { } a && found.Date is { } b)
            return found.Kind is ArtifactKind.Birthday or ArtifactKind.Anniversary ? (a.Month, a.Day) == (b.Month, b.Day) : a == b;
        return Overlap(Words(known.Summary + " " + known.Evidence), Words(found.Summary + " " + found.Evidence)) >= SameDetailOverlap;
    }

    private static void Strengthen(IRememberedDetail same, Artifact found, DateTimeOffset mentionedAt)
    {
        same.Mentions++;
        // Independent mentions: the chance all of them are wrong shrinks with each one.
        same.Confidence = Math.Round(1 - (1 - same.Confidence) * (1 - found.Confidence), 3);
        same.Sensitive |= found.Sensitive;
        if (mentionedAt > same.LastMentionedAt)
        {
            same.LastMentionedAt = mentionedAt;
            same.SourceMessageId = found.MessageId;
            same.Evidence = found.Evidence;
            if (same.Status != DetailStatus.Confirmed)
            {
                same.Summary = found.Summary;
                same.Date = found.Date ?? same.Date;
            }
        }
        if (mentionedAt < same.FirstMentionedAt) same.FirstMentionedAt = mentionedAt;
    }

    // A job, a way to be reached, a home: only the latest is true. Family, interests, trips accumulate.
    private static bool OnlyLatestHolds(IRememberedDetail d) =>
        d.Kind is ArtifactKind.WorkChange or ArtifactKind.Preference || (d.Kind == ArtifactKind.LifeEvent && Topic(d) == "home");

    private static string Topic(IRememberedDetail d) =>
        d.Kind == ArtifactKind.LifeEvent && HomeWords().IsMatch(d.Summary + " " + d.Evidence) ? "home" : d.Kind.Name();

    private static HashSet<string> Words(string text) =>
        [.. WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 2 && !StopWords.Contains(w))];

    private static double Overlap(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)a.Intersect(b).Count() / Math.Min(a.Count, b.Count);

    private static readonly HashSet<string> StopWords =
    [
        "the", "and", "for", "you", "your", "our", "with", "that", "this", "are", "was", "will", "have", "has", "but", "not",
        "all", "can", "had", "her", "his", "him", "she", "they", "them", "their", "from", "just", "about", "been", "would", "there",
    ];

    [GeneratedRegex(@"[a-z0-9']+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\b(?:mov(?:e|ed|ing)|house|home|apartment|condo|relocat\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HomeWords();
}
