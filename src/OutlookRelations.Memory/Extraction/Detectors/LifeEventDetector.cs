namespace OutlookRelations.Memory.Extraction.Detectors;

/// <summary>Weddings, babies, moving house, graduations, retirements, illness and bereavement.</summary>
public sealed class LifeEventDetector : RuleDetector
{
    public override ArtifactKind Kind => ArtifactKind.LifeEvent;

    protected override IReadOnlyList<string> Triggers { get; } =
    [
        "wedding", "married", "engage", "bachelor", "honeymoon", "newlywed", "baby", "pregnan", "newborn", "born", "house", "home",
        "moving", "moved", "graduat", "retir", "well", "better", "surgery", "hospital", "cancer", "chemo", "recover", "diagnos",
        "illness", "sick", "passed away", "funeral", "condolence", "sympathy", "loss", "memorial", "lost ",
    ];

    protected override IReadOnlyList<Rule> Rules { get; } =
    [
        new(@"\b(?:my|our|your|the) (?:wedding|engagement)\b", Subject.FromContext, 0.8, "{clause}"),
        new(@"\b(?:getting married|got married|engaged to|just got engaged|engagement party|bachelor(?:ette)? party|newlyweds?)\b", Subject.FromContext, 0.8, "{clause}"),
        new(@"\b(?:new baby|the baby|my baby|our baby|had a baby|having a baby|pregnan(?:t|cy)|newborn|was born|baby (?:boy|girl))\b", Subject.FromContext, 0.8, "{clause}"),
        new(@"\b(?:new house|new home|(?:your|my|our) (?:new )?house is|building a (?:new )?(?:house|home)|(?:we|I)(?:'re| are| have|'ve)? (?:moving|moved) (?:to (?-i:[A-Z][a-z]+)|into (?:a|the|our|my) (?:new )?(?:house|home|place|apartment|condo)|house)|moving house|closing on (?:the|our|my) (?:new )?house)\b", Subject.FromContext, 0.7, "{clause}"),
        new(@"\b(?:(?:my|our|your)\s+(?:\w+'s\s+)?graduation|(?:I|you|we)(?:'re| are| will| just| have|'ve)?\s+graduat(?:e|ed|ing))\b", Subject.FromContext, 0.75, "{clause}"),
        new(@"\b(?:I'm retiring|I am retiring|my retirement|your retirement|(?:I|you) (?:will )?retired?)\b", Subject.FromContext, 0.75, "{clause}"),
        new(@"\b(?:get well|surgery|in the hospital|hospitali[sz]ed|cancer|chemo(?:therapy)?|recovering from|diagnosed with|illness|sick leave|broke (?:my|his|her|your) (?:leg|arm|ankle|wrist|hip))\b", Subject.FromContext, 0.75, "{clause}", sensitive: true),
        new(@"\b(?:passed away|funeral|condolences|sympathy|sorry (?:to hear )?(?:about|for) your loss|memorial service|lost (?:my|his|her|our|your) (?:father|mother|dad|mom|husband|wife|son|daughter|brother|sister))\b", Subject.FromContext, 0.85, "{clause}", sensitive: true),
    ];

    protected override System.Text.RegularExpressions.Regex? Unless { get; } =
        Pattern(@"\bhome (?:page|office|run)\b|\bgraduate (?:school|program|degree|student)\b|\bsympathy strike\b|\bbaby bells?\b|\bin the house\b");
}
