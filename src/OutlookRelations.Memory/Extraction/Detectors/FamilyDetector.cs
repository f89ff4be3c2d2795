namespace OutlookRelations.Memory.Extraction.Detectors;

/// <summary>Spouses, partners, children, parents, siblings: who they are and what happens in their lives.</summary>
public sealed class FamilyDetector : RuleDetector
{
    internal const string Relatives =
        @"(?:wife|husband|son|sons|daughter|daughters|kids|kid|children|child|boys|girls|dad|mom|mum|mother|father|parents|folks|"
        + @"stepson|stepdaughter|stepkids|sister|brother|family|grandson|granddaughter|grandkids|grandchildren|twins|fianc[ée]e?|in-laws|"
        + @"father-in-law|mother-in-law|niece|nephew|spouse|little ones?|partner)";

    // Up to two lower-case words between the possessive and the relative: "my much esteemed spouse".
    private const string Modifiers = @"(?:(?-i:[a-z][a-z-]*|\d+[- ]year[- ]old)\s+){0,2}";

    public override ArtifactKind Kind => ArtifactKind.Family;

    protected override IReadOnlyList<string> Triggers { get; } =
        ["my ", "our ", "your ", "kids", "boys", "girls", "parents", "folks", "little ones", "hey ", "hi ", "dear "];

    protected override IReadOnlyList<Rule> Rules { get; } =
    [
        new(@"\b(?:my|our)\s+" + Modifiers + Relatives + @"(?:'s)?\b", Subject.Speaker, 0.85, "{clause}"),
        new(@"\byour\s+" + Modifiers + Relatives + @"(?:'s)?\b", Subject.Addressee, 0.8, "{clause}"),
        new(@"^(?:the\s+)?(?:kids|boys|girls|little ones|parents)\b(?! (?:of|at|from|who)\b)", Subject.Speaker, 0.7, "{clause}"),
        new(@"\bthe (?:kids|boys|girls)\b", Subject.Speaker, 0.7, "{clause}", needsPersonalPronoun: true),
        new(@"^(?:hey|hi|dear|hello)\s+(?:pops|pop|dad|daddy|mom|mommy|mum|mother|father|sis|bro|grandma|grandpa)\b", Subject.Speaker, 0.8, "writes to {0}"),
    ];

    // "our family of companies", "product family": not a person's family.
    protected override System.Text.RegularExpressions.Regex? Unless { get; } =
        Pattern(@"\bfamily of\b|\b(?:product|fund|enron) family\b|\byour (?:family|kids|children) (?:of|in) (?:products|funds)\b");
}
