namespace OutlookRelations.Memory.Extraction.Detectors;

/// <summary>Personal trips and vacations, past or planned, not routine business travel.</summary>
public sealed class TravelDetector : RuleDetector
{
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December";

    public override ArtifactKind Kind => ArtifactKind.Travel;

    protected override IReadOnlyList<string> Triggers { get; } =
        ["vacation", "honeymoon", "getaway", "trip", "disney", "stay", "time in", "weekend", "went to", "coming", "visit", "come to", "holiday"];

    protected override IReadOnlyList<Rule> Rules { get; } =
    [
        new(@"\b(?:how was|enjoy|enjoyed) (?:your|the) (?:trip|vacation|holiday|getaway|honeymoon)\b", Subject.Addressee, 0.85, "{0}"),
        new(@"^(?:and\s+|so\s+)?(?:have|enjoy) a (?:great|good|nice|fun|safe|wonderful|fantastic) (?:trip|vacation|holiday|stay|(?:time|weekend) (?:in|at|on|up|down|out))\b", Subject.Addressee, 0.8, "trip: {0}"),
        new(@"\byour (?:trip|vacation|holiday|getaway|honeymoon)\b", Subject.Addressee, 0.8, "{0}"),
        new(@"\b(?:vacation(?:ing|s)?|honeymoon|getaway)\b", Subject.FromContext, 0.8, "{clause}"),
        new(@"\b(?:ski|skiing|fishing|hunting|camping|golf|road|beach|family|weekend|fly-?fishing|boat|cruise)\s+trip\b", Subject.FromContext, 0.85, "{0}"),
        new(@"\b(?:trip|flying|headed|heading|going)\s+to\s+(?-i:Disney\w*|Vegas|Las Vegas|Hawaii|Cabo|Cancun|Europe|Paris|London|Rome|Mexico|the beach|the mountains|the lake)\b", Subject.FromContext, 0.8, "trip: {0}"),
        new(@"\bDisney ?(?:world|land)?\b", Subject.FromContext, 0.85, "trip to Disney"),
        new(@"\b(?:I|we) went to (?-i:[A-Z][a-z]+)", Subject.Speaker, 0.75, "{0}"),
        new(@"\blong weekend\b", Subject.FromContext, 0.75, "long weekend"),
    ];

    protected override System.Text.RegularExpressions.Regex? Unless { get; } =
        Pattern(@"\bneed (?:a|some) (?:vacation|holiday|break)\b|\bholiday (?:shopping|presents|gifts|party|season|hours|schedule)\b|\bbusiness trip\b|\btrip report\b|\btravel (?:arrangements|expenses|agent|policy)\b|\bsite visit\b|\bvacation (?:days|time|policy|balance|accrual|hours)\b|\bout of (?:the )?office\b");
}
