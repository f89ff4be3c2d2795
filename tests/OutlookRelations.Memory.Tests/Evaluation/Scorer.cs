using OutlookRelations.Memory.Extraction;

namespace OutlookRelations.Memory.Tests.Evaluation;

/// <summary>
/// Precision and recall exactly as ../shared/tools/score-artifacts computes them: a prediction
/// matches a label on (messageId, about, kind); only labelled messages count; duplicates once.
/// </summary>
internal static class Scorer
{
    public sealed record Score(int TruePositives, int Predictions, int Labels)
    {
        public double Precision => Predictions == 0 ? 0 : (double)TruePositives / Predictions;
        public double Recall => Labels == 0 ? 0 : (double)TruePositives / Labels;
    }

    public static (Score Overall, Dictionary<string, Score> ByKind) Compare(
        IEnumerable<(string MessageId, string About, string Kind)> labels, IEnumerable<Artifact> predictions, ISet<string> labelledMessages)
    {
        static string Id(string id) => id.Trim().Trim('<', '>');
        var gold = labels.Select(l => (Id(l.MessageId), l.About.Trim().ToLowerInvariant(), l.Kind)).ToHashSet();
        var guess = predictions.Where(p => labelledMessages.Contains(Id(p.MessageId)))
            .Select(p => (Id(p.MessageId), p.About.ToLowerInvariant(), p.Kind.Name())).ToHashSet();
        var byKind = ArtifactKinds.All.ToDictionary(k => k, k => new Score(
            guess.Count(g => g.Item3 == k && gold.Contains(g)), guess.Count(g => g.Item3 == k), gold.Count(g => g.Item3 == k)));
        return (new Score(guess.Count(gold.Contains), guess.Count, gold.Count), byKind);
    }
}
