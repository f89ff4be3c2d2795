using OutlookRelations.Memory.Extraction;

namespace OutlookRelations.Memory.Learning;

/// <summary>
/// The honest figure: for each fold, train (threshold and all) on the other folds and extract from
/// this one; every message is extracted by a model that never saw it.
/// </summary>
public static class CrossValidation
{
    /// <param name="keepAll">Keep every detail above <see cref="Sweep.Lowest"/> and train without the inner threshold search: for drawing the precision-recall curve, never for the reported figure.</param>
    public static IReadOnlyList<Artifact> OutOfFold(IReadOnlyList<LabelledMail> mails, IProgress<string>? progress = null, bool keepAll = false)
    {
        var predictions = new List<Artifact>();
        foreach (var fold in mails.Select(m => m.Fold).Distinct().Order())
        {
            progress?.Report($"fold {fold}: training on the other folds");
            IReadOnlyList<LabelledMail> training = [.. mails.Where(m => m.Fold != fold)];
            using var model = keepAll ? DetailTrainer.Fit(training, Sweep.Lowest, progress) : DetailTrainer.Train(training);
            var extractor = new ArtifactExtractor(model);
            foreach (var mail in mails.Where(m => m.Fold == fold)) predictions.AddRange(extractor.Extract(mail.Message));
        }
        return predictions;
    }
}
