using System.Text.RegularExpressions;

namespace OutlookRelations.Memory.Extraction;

/// <summary>
/// One pattern of a detector. <see cref="Summary"/> is a template: {0} is the matched phrase
/// without a leading possessive ("my daughter" → "daughter").
/// </summary>
public sealed class Rule(string pattern, Subject about, double confidence, string summary, bool sensitive = false, bool needsPersonalPronoun = false)
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // No match timeout: sentences are capped at Sentences.MaxSentenceChars and no rule nests
    // quantifiers, so a match is cheap by construction. A wall-clock timeout only fired on a
    // saturated machine (first match, JIT), failing good input.
    public Regex Pattern { get; } = new(pattern, Options);
    public Subject About { get; } = about;
    public double Confidence { get; } = confidence;
    public string Summary { get; } = summary;
    public bool Sensitive { get; } = sensitive;
    public bool NeedsPersonalPronoun { get; } = needsPersonalPronoun;
}

/// <summary>
/// A detector made of rules. It runs its regexes only when one of its trigger words occurs in the
/// sentence, which keeps extraction fast on the great majority of sentences that carry nothing.
/// </summary>
public abstract class RuleDetector : IDetector
{
    public abstract ArtifactKind Kind { get; }
    protected abstract IReadOnlyList<string> Triggers { get; }
    protected abstract IReadOnlyList<Rule> Rules { get; }
    /// <summary>Sentences matching this are never about this kind (e.g. "business trip").</summary>
    protected virtual Regex? Unless => null;

    public IEnumerable<Detection> Detect(Sentence sentence)
    {
        foreach (var (rule, match) in Matches(sentence))
        {
            yield return new Detection(Kind, rule.About, Summarise(rule, match, sentence),
                rule.Confidence, rule.Sensitive, match.Index, match.Length) { NeedsPersonalPronoun = rule.NeedsPersonalPronoun };
        }
    }

    /// <summary>This detector's rules, for the test that counts how many messages each one matches.</summary>
    internal IReadOnlyList<Rule> AllRules => Rules;

    /// <summary>The rules that match a sentence, with their matches.</summary>
    internal IEnumerable<(Rule Rule, Match Match)> Matches(Sentence sentence)
    {
        if (!Triggers.Any(t => sentence.Lower.Contains(t, StringComparison.Ordinal))) yield break;
        if (Unless?.IsMatch(sentence.Text) == true) yield break;
        foreach (var rule in Rules)
        {
            var match = rule.Pattern.Match(sentence.Text);
            if (match.Success) yield return (rule, match);
        }
    }

    /// <summary>
    /// The rule's template: {0} is the matched phrase, "{clause}" the sentence from the match to the
    /// end of its clause ("daughter Ella has her soccer tournament on Wednesday"); both without a
    /// leading possessive or pronoun.
    /// </summary>
    protected virtual string Summarise(Rule rule, Match match, Sentence sentence) => rule.Summary == "{clause}"
        ? Possessive.Replace(Clause(sentence.Text, match.Index, 70), "")
        : string.Format(System.Globalization.CultureInfo.InvariantCulture, rule.Summary, Possessive.Replace(match.Value.Trim(), ""));

    /// <summary>The sentence from <paramref name="start"/> to the end of its clause, at most <paramref name="max"/> characters.</summary>
    protected static string Clause(string text, int start, int max = 80)
    {
        var rest = text[start..];
        var end = rest.IndexOfAny(['.', ';', '!', '?']);
        if (end >= 0) rest = rest[..end];
        if (rest.Length > max) rest = rest[..(rest.LastIndexOf(' ', max) is > 20 and var cut ? cut : max)];
        return rest.Trim().TrimEnd(',', ':', '-', '—', '(');
    }

    private static readonly Regex Possessive = new(@"^(?:my|our|your|the|I|we|I'm|we're)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Builds an "unless" pattern with the standard options.</summary>
    protected static Regex Pattern(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
