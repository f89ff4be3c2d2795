namespace OutlookRelations.Memory.Extraction.Detectors;

/// <summary>Wedding or work anniversaries.</summary>
public sealed class AnniversaryDetector : RuleDetector
{
    public override ArtifactKind Kind => ArtifactKind.Anniversary;

    protected override IReadOnlyList<string> Triggers { get; } = ["anniversary"];

    protected override IReadOnlyList<Rule> Rules { get; } =
    [
        new(@"\b(?:my|our)\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:wedding\s+|work\s+)?anniversary\b", Subject.Speaker, 0.9, "{0}"),
        new(@"\b(?:happy|your)\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:wedding\s+|work\s+)?anniversary\b", Subject.Addressee, 0.9, "{0}"),
    ];
}
