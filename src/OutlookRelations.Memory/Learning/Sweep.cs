using OutlookRelations.Memory.Extraction;

namespace OutlookRelations.Memory.Learning;

/// <summary>
/// Picks the confidence above which details are kept, from details extracted on held-out messages
/// and those messages' labels, scored as the official scorer does: (message, about, kind).
/// </summary>
public static class Sweep
{
    public const double Lowest = 0.05;

    public static double Best(IReadOnlyList<Artifact> scored, IReadOnlyList<LabelledMail> mails, double beta)
    {
        var gold = mails.SelectMany(m => m.Labels.Select(l => Key(m.Message.MessageId, l.About, l.Kind))).ToHashSet();
        var best = scored.GroupBy(a => Key(a.MessageId, a.About, a.Kind)).Select(g => (Key: g.Key, Confidence: g.Max(a => a.Confidence))).ToList();
        var bestThreshold = DetailTrainer.DefaultThreshold;
        var bestF = -1.0;
        for (var t = Lowest; t < 0.96; t += 0.01)
        {
            var kept = best.Where(b => b.Confidence >= t).ToList();
            var tp = kept.Count(k => gold.Contains(k.Key));
            if (kept.Count == 0 || tp == 0) continue;
            double p = (double)tp / kept.Count, r = (double)tp / gold.Count;
            var f = (1 + beta * beta) * p * r / (beta * beta * p + r);
            if (f > bestF + 1e-9)
            {
                bestF = f;
                bestThreshold = Math.Round(t, 2);
            }
        }
        return bestThreshold;
    }

    private static (string, string, ArtifactKind) Key(string messageId, string about, ArtifactKind kind) =>
        (messageId.Trim().Trim('<', '>'), about.Trim().ToLowerInvariant(), kind);
}
