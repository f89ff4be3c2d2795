namespace OutlookRelations.Memory.Extraction.Detectors;

/// <summary>A participant's birthday: "my 32nd birthday", "Happy birthday!".</summary>
public sealed class BirthdayDetector : RuleDetector
{
    public override ArtifactKind Kind => ArtifactKind.Birthday;

    protected override IReadOnlyList<string> Triggers { get; } = ["birthday", "b-day", "bday"];

    protected override IReadOnlyList<Rule> Rules { get; } =
    [
        new(@"\b(?:my|our)\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:birthday|b-?day)\b", Subject.Speaker, 0.9, "birthday"),
        new(@"\b(?:happy|your)\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:birthday|b-?day)\b", Subject.Addressee, 0.9, "birthday"),
    ];
}
