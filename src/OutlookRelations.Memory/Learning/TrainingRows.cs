using OutlookRelations.Memory.Cleaning;
using OutlookRelations.Memory.Extraction;

namespace OutlookRelations.Memory.Learning;

/// <summary>
/// Turns labelled messages into what the model learns from: every candidate sentence of a message
/// the gate lets through, labelled with the kind whose evidence it holds, or "none".
/// </summary>
public static class TrainingRows
{
    /// <summary>A sentence that carries a detail counts this many times against one that does not.</summary>
    public const float PositiveWeight = 2f;

    public sealed record Built(IReadOnlyList<ModelInput> Rows, int Positives, int LabelsGatedOut, int LabelsNotFound);

    public static Built From(IEnumerable<LabelledMail> mails, IReadOnlyList<IDetector> detectors)
    {
        var rows = new List<ModelInput>();
        int positives = 0, gatedOut = 0, notFound = 0;
        foreach (var mail in mails)
        {
            var read = AuthoredMessage.Read(mail.Message);
            if (MessageGate.Judge(read).IsBulk)
            {
                gatedOut += mail.Labels.Count;
                continue;
            }
            var candidates = Candidates.Of(read, detectors);
            var kinds = candidates.Select(_ => new List<ArtifactKind>()).ToList();
            foreach (var label in mail.Labels)
            {
                var at = EvidenceMatch.Find(label.Evidence, candidates);
                if (at < 0) notFound++;
                else if (!kinds[at].Contains(label.Kind)) kinds[at].Add(label.Kind);
            }
            var text = new ModelText(mail.Message);
            var shape = Cues.MessageCues.Of(mail.Message);
            for (var i = 0; i < candidates.Count; i++)
            {
                var normalized = text.Normalize(candidates[i].Text);
                var cues = Cues.Of(candidates[i], mail.Message, shape);
                if (kinds[i].Count == 0)
                {
                    rows.Add(new ModelInput { Text = normalized, Cues = cues, Label = DetailModel.NoDetail });
                    continue;
                }
                foreach (var kind in kinds[i])
                {
                    rows.Add(new ModelInput { Text = normalized, Cues = cues, Label = kind.Name(), IsDetail = true, Weight = PositiveWeight });
                    positives++;
                }
            }
        }
        return new Built(rows, positives, gatedOut, notFound);
    }
}
