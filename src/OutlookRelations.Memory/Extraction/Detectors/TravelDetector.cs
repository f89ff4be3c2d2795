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
        new(@"\b(?:you're|you are) coming (?:up|down|over|out|here|to)\b", Subject.Addressee, 0.6, "visit: {0}"),
        new(@"\b(?:vacation(?:ing|s)?|honeymoon|getaway)\b", Subject.FromContext, 0.8, "{clause}"),
        new(@"\b(?:ski|skiing|fishing|hunting|camping|golf|road|beach|family|weekend|fly-?fishing|boat|cruise)\s+trip\b", Subject.FromContext, 0.85, "{0}"),
        new(@"\b(?:trip|flying|headed|heading|going)\s+to\s+(?-i:Disney\w*|Vegas|Las Vegas|Hawaii|Cabo|Cancun|Europe|Paris|London|Rome|Mexico|the beach|the mountains|the lake)\b", Subject.FromContext, 0.8, "trip: {0}"),
        new(@"\bDisney ?(?:world|land)?\b", Subject.FromContext, 0.85, "trip to Disney"),
        new(@"\bgreat stay\b", Subject.Speaker, 0.8, "stay"),
        new(@"\b(?:I'm|I am|we're|we are) (?:going|flying|driving) to (?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?!.{0,50}\b(?:office|meeting|conference|deal|trade|client|customer|negotiat\w*|hearing|presentation)s?\b)", Subject.Speaker, 0.65, "trip: {0}"),
        new(@"\b(?:my|our)\s+(?:(?-i:[A-Z][\w']+)\s+){1,3}trip\b", Subject.Speaker, 0.8, "{0}"),
        new(@"\b(?:you are|you're|you'll be) (?:here|in town) for\b", Subject.Addressee, 0.6, "visit"),
        new(@"\b(?:I|we) went to (?-i:[A-Z][a-z]+)", Subject.Speaker, 0.75, "{0}"),
        new(@"\b(?:I|we) (?:was|were) (?:in|at) (?-i:[A-Z][a-z]+)\b.{0,30}\b(?:this past|last|over the) weekend\b", Subject.Speaker, 0.8, "weekend away"),
        new(@"\blong weekend\b", Subject.FromContext, 0.75, "long weekend"),
        new(@"\b(?:visit|see) (?:you|y'all|them|us) (?:in|over|during|at) (?:late |early |mid-?)?(?:" + Months + @"|Christmas|Thanksgiving|New Year'?s|Easter)\b", Subject.Speaker, 0.75, "visit: {0}"),
        new(@"\bcome (?:to|up to|down to) (?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?) for (?:New Year'?s|Christmas|Thanksgiving|Easter|the holidays)\b", Subject.Speaker, 0.75, "visit: {0}"),
    ];

    protected override System.Text.RegularExpressions.Regex? Unless { get; } =
        Pattern(@"\bneed (?:a|some) (?:vacation|holiday|break)\b|\bholiday (?:shopping|presents|gifts|party|season|hours|schedule)\b|\bbusiness trip\b|\btrip report\b|\btravel (?:arrangements|expenses|agent|policy)\b|\bsite visit\b|\bvacation (?:days|time|policy|balance|accrual|hours)\b|\bout of (?:the )?office\b");
}
