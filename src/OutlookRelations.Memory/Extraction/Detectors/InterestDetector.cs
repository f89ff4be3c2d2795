namespace OutlookRelations.Memory.Extraction.Detectors;

/// <summary>Hobbies, sports played or followed, teams, fantasy leagues, books, music, food, wine.</summary>
public sealed class InterestDetector : RuleDetector
{
    public override ArtifactKind Kind => ArtifactKind.Interest;

    protected override IReadOnlyList<string> Triggers { get; } =
        ["golf", "tennis", "softball", "basketball", "poker", "soccer", "hockey", "racquetball", "fishing", "ski", "snowboard", "hunting",
         "sailing", "cycling", "bike", "biking", "marathon", "triathlon", "scuba", "surfing", "hiking", "fantasy", "game", "concert", "wine"];

    protected override IReadOnlyList<Rule> Rules { get; } =
    [
        new(@"\b(?:play(?:ed|ing|s)?|pretend to play)\s+(?:golf|tennis|softball|basketball|poker|soccer|hockey|racquetball|squash|volleyball)\b", Subject.FromContext, 0.8, "{0}"),
        new(@"\bfantasy (?:football|baseball|basketball|hockey|league|team)\b", Subject.FromContext, 0.8, "{0}"),
        new(@"\b(?:fly ?fishing|fishing|golfing|water-?skiing|skiing|snowboarding|hunting|sailing|cycling|bike ride|biking|marathon|triathlon|scuba|surfing|hiking)\b", Subject.FromContext, 0.65, "{0}", needsPersonalPronoun: true),
        new(@"\b(?:went|go|going) (?:skiing|fishing|golfing|hunting|sailing|surfing|hiking|biking)\b", Subject.FromContext, 0.75, "{0}"),
    ];

    protected override System.Text.RegularExpressions.Regex? Unless { get; } = Pattern(@"\bfishing expedition\b|\bgame theory\b|\bend ?game\b|\bgolf (?:tournament sponsorship|course development)\b");
}
