namespace OutlookRelations.Memory.Extraction.Detectors;

/// <summary>New job, new role or promotion, leaving, last day, transfer.</summary>
public sealed class WorkChangeDetector : RuleDetector
{
    public override ArtifactKind Kind => ArtifactKind.WorkChange;

    protected override IReadOnlyList<string> Triggers { get; } =
        ["new job", "the job", "new position", "new role", "responsibilit", "assignment", "first day", "last day", "promot", "resign", "leaving", "job offer", "accepted", "joining", "transfer", "taking over"];

    protected override IReadOnlyList<Rule> Rules { get; } =
    [
        new(@"\b(?:new job|got the job|new position|new role|new responsibilities|new assignment)\b", Subject.FromContext, 0.8, "{clause}"),
        new(@"\b(?:first day (?:at|on|with)|(?:my|your|his|her) last day|last day (?:at|with|here))\b", Subject.FromContext, 0.8, "{clause}"),
        new(@"\b(?:been promoted|promoted to|(?:my|your) promotion)\b", Subject.FromContext, 0.85, "{clause}"),
        new(@"\b(?:(?:my|your) resignation|(?:I|you)(?:'ve| have)? resigned|(?:I am|I'm|I will be|you are|you're) resigning|(?:will be|am|I'm) leaving (?:the company|\w+ effective|\w+ on|\w+ at the end)|leaving \w+ effective|job offer|accepted (?:a|an|the) (?:offer|position|job))\b", Subject.FromContext, 0.8, "{clause}"),
        new(@"\b(?:transferr?(?:ed|ing) to|taking over (?:as|the role)|joining (?:\w+\s+){0,2}as (?:a|an|the|our|their)?\s*\w+)\b", Subject.FromContext, 0.7, "{clause}"),
    ];
}
