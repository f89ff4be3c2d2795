namespace OutlookRelations.Memory.Extraction.Detectors;

/// <summary>Wedding or work anniversaries.</summary>
public sealed class AnniversaryDetector : RuleDetector
{
    public override ArtifactKind Kind => ArtifactKind.Anniversary;

    protected override IReadOnlyList<string> Triggers { get; } = ["anniversary"];

    protected override IReadOnlyList<Rule> Rules { get; } =
    [
        new(@"\b(?:my|our|your|happy)\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:wedding\s+|work\s+)?anniversary\b", Subject.FromContext, 0.9, "{0}"),
    ];
}
