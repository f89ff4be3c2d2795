using OutlookRelations.Memory.Extraction;

namespace OutlookRelations.Memory.Learning;

/// <summary>Agreement of one kind (or all): details found, labels, and the ones that match.</summary>
public sealed record Score(int TruePositives, int Predictions, int Labels)
{
    public double Precision => Predictions == 0 ? 0 : (double)TruePositives / Predictions;
    public double Recall => Labels == 0 ? 0 : (double)TruePositives / Labels;
}

/// <summary>
/// Scores details against labels as ../shared/tools/score-artifacts does: a detail matches a label
/// on (message, about, kind); only labelled messages count; a triple found twice counts once.
/// </summary>
public static class Scores
{
    public static (Score Overall, IReadOnlyDictionary<ArtifactKind, Score> ByKind) Compare(IEnumerable<LabelledMail> mails, IEnumerable<Artifact> predictions)
    {
        var labelled = mails.ToList();
        var ids = labelled.Select(m => Id(m.Message.MessageId)).ToHashSet();
        var gold = labelled.SelectMany(m => m.Labels.Select(l => (Id(m.Message.MessageId), l.About, l.Kind))).ToHashSet();
        var guess = predictions.Where(p => ids.Contains(Id(p.MessageId))).Select(p => (Id(p.MessageId), p.About.ToLowerInvariant(), p.Kind)).ToHashSet();
        var byKind = Enum.GetValues<ArtifactKind>().ToDictionary(k => k, k => new Score(
            guess.Count(g => g.Kind == k && gold.Contains(g)), guess.Count(g => g.Kind == k), gold.Count(g => g.Kind == k)));
        return (new Score(guess.Count(gold.Contains), guess.Count, gold.Count), byKind);
    }

    private static string Id(string messageId) => messageId.Trim().Trim('<', '>');
}
