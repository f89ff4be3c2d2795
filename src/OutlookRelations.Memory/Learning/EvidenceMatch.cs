using System.Text.RegularExpressions;

namespace OutlookRelations.Memory.Learning;

/// <summary>
/// Finds the sentence a label's evidence was taken from. Labellers copied a phrase, sometimes
/// across a line break or with its punctuation changed, so a sentence matches when it holds most of
/// the evidence's words.
/// </summary>
public static partial class EvidenceMatch
{
    /// <summary>Share of the evidence's words a sentence must hold.</summary>
    public const double MinCoverage = 0.6;

    /// <summary>The index of the candidate the evidence came from, or -1 when none holds enough of it.</summary>
    public static int Find(string evidence, IReadOnlyList<Candidate> candidates)
    {
        var wanted = Words(evidence);
        if (wanted.Count == 0) return -1;
        var best = -1;
        var bestCoverage = MinCoverage;
        for (var i = 0; i < candidates.Count; i++)
        {
            var held = Words(candidates[i].Text);
            var coverage = (double)wanted.Count(held.Contains) / wanted.Count;
            // Ties go to the authored sentence over the subject line, and then to the earlier one.
            if (coverage > bestCoverage || (coverage == bestCoverage && best >= 0 && candidates[best].IsSubject && !candidates[i].IsSubject))
            {
                best = i;
                bestCoverage = coverage;
            }
            else if (best < 0 && coverage >= MinCoverage)
            {
                best = i;
                bestCoverage = coverage;
            }
        }
        return best;
    }

    private static HashSet<string> Words(string text) =>
        [.. Word().Matches(text.ToLowerInvariant()).Select(m => m.Value)];

    [GeneratedRegex(@"[\p{L}\p{N}']+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
