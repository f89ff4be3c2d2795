namespace OutlookRelations.Memory.Extraction.Detectors;

/// <summary>How someone likes to work or be contacted: "call my cell, not the desk line".</summary>
public sealed class PreferenceDetector : RuleDetector
{
    public override ArtifactKind Kind => ArtifactKind.Preference;

    protected override IReadOnlyList<string> Triggers { get; } = ["number", "phone", "reach me", "contact me", "call me", "prefer", "cell", "mobile"];

    protected override IReadOnlyList<Rule> Rules { get; } =
    [
        new(@"\bmy (?:home|cell|mobile|personal|cell phone|direct|private) (?:number|phone|line|#)\b", Subject.Speaker, 0.8, "{clause}"),
        new(@"\b(?:you can (?:reach|contact|call|find) me|(?:call|reach|contact|page) me (?:at|on))\b.{0,60}\b(?:home|cell|mobile|personal|otherwise|instead|rather|after hours|evenings|weekends)\b", Subject.Speaker, 0.8, "{clause}"),
        new(@"\b(?:I (?:would |much |really )?prefer|my preference is|I'd (?:rather|prefer))\b", Subject.Speaker, 0.7, "{clause}"),
    ];
}
