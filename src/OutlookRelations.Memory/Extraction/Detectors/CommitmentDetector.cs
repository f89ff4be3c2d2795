namespace OutlookRelations.Memory.Extraction.Detectors;

/// <summary>An explicit first-person promise of a future action for the reader: "I'll send you the plans".</summary>
public sealed class CommitmentDetector : RuleDetector
{
    private const string Actions =
        @"(?:call|phone|ring|send|resend|forward|e-?mail|mail|fax|get back|follow up|talk|speak|let you know|come by|stop by|drop by|be there|"
        + @"give you|pass (?:it|this|that|them) (?:on|along)|put together|look into|check (?:on|into|with)|take care of|approve|set up|schedule|"
        + @"get (?:it|that|this|them) to you|have (?:it|that|this|them) to you|update you|keep you (?:posted|informed|updated)|contact you|"
        + @"touch base|circle back|review|sign|deliver)";

    public override ArtifactKind Kind => ArtifactKind.Commitment;

    protected override IReadOnlyList<string> Triggers { get; } = ["i'll", "i will", "i shall", "going to", "will ", "get back", "ready to", "we'll"];

    protected override IReadOnlyList<Rule> Rules { get; } =
    [
        new(@"\bI(?:'ll|’ll| will| shall| am going to|'m going to)\s+(?:(?:also|then|just|definitely|certainly|probably|be sure to|make sure to|gladly|personally|soon)\s+)?" + Actions + @"\b",
            Subject.Speaker, 0.85, "promised to {0}"),
        new(@"^(?:I'll\s+|Will\s+)?(?:let you know|get back to you|call you|send (?:you|it|them|that)|forward (?:it|this|that|them)|follow up)\b", Subject.Speaker, 0.8, "promised to {0}"),
        new(@"\bwe(?:'ll| will)\s+(?:send|call|get back to you|let you know|forward|follow up|get (?:it|that|this) to you)\b", Subject.Speaker, 0.7, "promised to {0}"),
    ];

    // "I will send them to you for a revised bid." → "send them to you for a revised bid".
    protected override string Summarise(Rule rule, System.Text.RegularExpressions.Match match, Sentence sentence) =>
        Promiser.Replace(Clause(sentence.Text, match.Index), "");

    private static readonly System.Text.RegularExpressions.Regex Promiser = Pattern(
        @"^(?:(?:I|we)(?:'ll|’ll| will| shall| am going to|'m going to| are| am|'re|'m)?\s+(?:almost\s+)?(?:ready to\s+|about to\s+)?|Will\s+)(?:(?:also|then|just|definitely|certainly|probably|be sure to|make sure to|gladly|personally|soon)\s+)?");

    // Questions and conditions on the reader are not promises.
    protected override System.Text.RegularExpressions.Regex? Unless { get; } = Pattern(@"\?\s*$|^(?:if|when|unless)\b|\bwill you\b|\bif you (?:are not|have any|need any|would like)\b");
}
