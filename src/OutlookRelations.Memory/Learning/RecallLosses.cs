using OutlookRelations.Memory.Cleaning;
using OutlookRelations.Memory.Extraction;

namespace OutlookRelations.Memory.Learning;

/// <summary>Where one label was lost, in the order the pipeline loses it.</summary>
public enum RecallLoss
{
    /// <summary>A detail at the threshold matches it: not lost.</summary>
    Found,
    /// <summary>The gate judged the message bulk, so no sentence of it was read.</summary>
    GatedOut,
    /// <summary>No sentence the cleaner kept holds the label's evidence (quoted, signature, split).</summary>
    NoSentence,
    /// <summary>Mail to many people, and a kind the extractor does not take from a broadcast.</summary>
    Broadcast,
    /// <summary>The right message and kind, given to another person: attribution.</summary>
    WrongPerson,
    /// <summary>The right message and person, another kind.</summary>
    WrongKind,
    /// <summary>The exact detail was scored, below the threshold.</summary>
    BelowThreshold,
    /// <summary>Nothing of it was produced: its sentence scored near nothing for this person, or attribution found nobody.</summary>
    NotScored,
}

/// <summary>
/// For every label, where recall was lost: the question to answer before changing the extractor
/// (train-extractor --misses). Read from out-of-fold details kept down to <see cref="Sweep.Lowest"/>,
/// so no message is judged by a model that saw it; the threshold is the caller's (the shipped one,
/// chosen on every fold), which makes this a diagnostic, not a quality figure.
/// </summary>
public static class RecallLosses
{
    public static IReadOnlyList<(LabelledMail Mail, DetailLabel Label, RecallLoss Loss)> Of(IReadOnlyList<LabelledMail> mails, IReadOnlyList<Artifact> outOfFold, double threshold)
    {
        var byMessage = outOfFold.ToLookup(p => Id(p.MessageId));
        var losses = new List<(LabelledMail, DetailLabel, RecallLoss)>();
        foreach (var mail in mails.Where(m => m.Labels.Count > 0))
        {
            var read = AuthoredMessage.Read(mail.Message);
            var bulk = MessageGate.Judge(read).IsBulk;
            var broadcast = ArtifactExtractor.IsBroadcast(mail.Message);
            var candidates = bulk ? [] : Candidates.Of(read, ArtifactExtractor.DefaultDetectors);
            var found = byMessage[Id(mail.Message.MessageId)].ToList();
            foreach (var label in mail.Labels)
            {
                bool Same(Artifact p) => string.Equals(p.About, label.About, StringComparison.OrdinalIgnoreCase);
                var loss = bulk ? RecallLoss.GatedOut
                    : found.Any(p => Same(p) && p.Kind == label.Kind && p.Confidence >= threshold) ? RecallLoss.Found
                    : EvidenceMatch.Find(label.Evidence, candidates) < 0 ? RecallLoss.NoSentence
                    : broadcast && !ArtifactExtractor.FromBroadcast(label.Kind) ? RecallLoss.Broadcast
                    : found.Any(p => !Same(p) && p.Kind == label.Kind && p.Confidence >= threshold) ? RecallLoss.WrongPerson
                    : found.Any(p => Same(p) && p.Confidence >= threshold) ? RecallLoss.WrongKind
                    : found.Any(p => Same(p) && p.Kind == label.Kind) ? RecallLoss.BelowThreshold
                    : RecallLoss.NotScored;
                losses.Add((mail, label, loss));
            }
        }
        return losses;
    }

    private static string Id(string messageId) => messageId.Trim().Trim('<', '>');
}
