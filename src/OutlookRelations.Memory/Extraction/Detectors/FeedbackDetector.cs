namespace OutlookRelations.Memory.Extraction.Detectors;

/// <summary>Praise or complaints about the other party's service or handling; about = who gives it.</summary>
public sealed class FeedbackDetector : RuleDetector
{
    public override ArtifactKind Kind => ArtifactKind.Feedback;

    protected override IReadOnlyList<string> Triggers { get; } = ["compliment", "kind words", "disappointed", "unhappy", "frustrated", "annoyed", "your team", "your service", "your support", "your staff", "your people", "service"];

    protected override IReadOnlyList<Rule> Rules { get; } =
    [
        new(@"\bthank(?:s| you)\b.{0,40}\bfor (?:the|your) (?:(?:nice|kind|generous|lovely)\s+)?(?:compliments?|words|comments|feedback)\b", Subject.Addressee, 0.8, "gave praise"),
        new(@"\b(?:I am|I'm|we are|we're) (?:very |really |extremely |quite )?(?:disappointed|unhappy|frustrated|annoyed) (?:with|by|in|about)\b", Subject.Speaker, 0.8, "complaint: {0}"),
        new(@"\byour (?:team|service|support|staff|people|crew) (?:was|were|has been|have been|did) (?:(?:a|an|really|very|truly|so)\s+)?(?:great|fantastic|excellent|outstanding|terrible|awful|poor|superb|wonderful)\b", Subject.Speaker, 0.8, "{0}"),
    ];
}
