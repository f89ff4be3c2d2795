namespace OutlookRelations.Memory.Extraction.Detectors;

/// <summary>Acquisitions, mergers, reorganisations, office moves and layoffs, as news shared.</summary>
public sealed class CompanyNewsDetector : RuleDetector
{
    public override ArtifactKind Kind => ArtifactKind.CompanyNews;

    protected override IReadOnlyList<string> Triggers { get; } =
        ["reorg", "organizational change", "organisational change", "layoff", "laid off", "office move", "build out", "build-out", "hiring freeze", "downsizing", "job cuts", "we have been acquired", "we are being acquired"];

    protected override IReadOnlyList<Rule> Rules { get; } =
    [
        new(@"\b(?:reorgani[sz]ation|reorg|organi[sz]ational changes?|office move|floor build-? ?out|we (?:have been|are being) acquired)\b", Subject.Speaker, 0.65, "{0}"),
        // Press copy repeats other companies' layoffs; only news told in the first person counts.
        new(@"\b(?:layoffs?|laid off|hiring freeze|downsizing|job cuts)\b", Subject.Speaker, 0.65, "{0}", needsPersonalPronoun: true),
    ];
}
