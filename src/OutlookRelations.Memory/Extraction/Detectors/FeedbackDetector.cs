namespace OutlookRelations.Memory.Extraction.Detectors;

/// <summary>Praise or complaints about the other party's service or handling; about = who gives it.</summary>
public sealed class FeedbackDetector : RuleDetector
{
    public override ArtifactKind Kind => ArtifactKind.Feedback;

    protected override IReadOnlyList<string> Triggers { get; } = ["compliment", "kind words", "words", "comments", "feedback", "disappointed", "unhappy", "frustrated", "annoyed", "dissatisfied"];

    protected override IReadOnlyList<Rule> Rules { get; } =
    [
        new(@"\bthank(?:s| you)\b.{0,40}\bfor (?:the|your) (?:(?:nice|kind|generous|lovely)\s+)?(?:compliments?|words|comments|feedback)\b", Subject.Addressee, 0.8, "gave praise"),
        new(@"\b(?:very |really |extremely |quite )?(?:disappointed|unhappy|frustrated|annoyed|dissatisfied) (?:with|by|in|about)\b", Subject.Speaker, 0.75, "complaint: {0}"),
    ];
}
