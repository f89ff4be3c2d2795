using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;
using OutlookRelations.Memory.Extraction;

namespace OutlookRelations.Memory.Learning;

/// <summary>
/// Trains the <see cref="DetailModel"/>: word and word-pair features of each candidate plus its
/// <see cref="Cues"/>, into two logistic regressions (L-BFGS on one thread, fixed seed, so the same
/// data always gives the same model): whether a sentence carries a detail at all, learned from every
/// candidate, and which kind, learned from those that carry one. Splitting the question pools what
/// all details share (someone writing about their own life) across kinds with few examples. The confidence threshold is chosen by an inner
/// cross-validation over the training folds alone, never on the messages being measured.
/// </summary>
public static class DetailTrainer
{
    public const int Seed = 20261201;

    /// <summary>Precision counts this much more than recall when the threshold is chosen (F-beta with beta 0.5): a wrong detail is worse than a missing one.</summary>
    public const double Beta = 0.5;

    public const double DefaultThreshold = 0.5;

    /// <summary>A kind with fewer training sentences than this is left to the hand rules: a model cannot learn it from so few.</summary>
    public const int MinExamplesToLearn = 5;

    public static DetailModel Train(IReadOnlyList<LabelledMail> mails, IProgress<string>? progress = null)
    {
        var threshold = ChooseThreshold(mails, progress);
        progress?.Report($"fitting on {mails.Count:N0} messages, threshold {threshold:F2}");
        return Fit(mails, threshold, progress);
    }

    /// <summary>Fits a model on these messages with a given threshold (no inner cross-validation).</summary>
    public static DetailModel Fit(IReadOnlyList<LabelledMail> mails, double threshold, IProgress<string>? progress = null)
    {
        var built = TrainingRows.From(mails, ArtifactExtractor.DefaultDetectors);
        progress?.Report($"{built.Rows.Count:N0} candidate sentences, {built.Positives:N0} carrying a detail; of {mails.Sum(m => m.Labels.Count):N0} labels, {built.LabelsGatedOut:N0} are in mail the gate turns away and {built.LabelsNotFound:N0} in no candidate sentence");
        var ml = new MLContext(seed: Seed);
        var all = ml.Data.LoadFromEnumerable(built.Rows);
        var detector = Words(ml).Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(ModelInput.IsDetail),
            FeatureColumnName = "Features",
            ExampleWeightColumnName = nameof(ModelInput.Weight),
            NumberOfThreads = 1,
            L2Regularization = 0.5f,
            L1Regularization = 0.05f,
            OptimizationTolerance = 1e-5f,
            MaximumNumberOfIterations = 200,
        })).Fit(all);

        // Which kind, learned from the sentences that carry one: the vocabularies of kinds differ far more than a detail differs from none.
        var positives = ml.Data.LoadFromEnumerable(built.Rows.Where(r => r.IsDetail));
        var keys = ml.Data.LoadFromEnumerable(DetailModel.Kinds.Select(l => new KeyRow { Label = l }));
        var keyed = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(ModelInput.Label), keyData: keys).Fit(positives).Transform(positives);
        var kinds = Words(ml).Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "LabelKey",
            FeatureColumnName = "Features",
            NumberOfThreads = 1,
            L2Regularization = 0.5f,
            L1Regularization = 0.05f,
            OptimizationTolerance = 1e-5f,
            MaximumNumberOfIterations = 200,
        })).Fit(keyed);
        string[] rulesDecide = [.. DetailModel.Kinds.Where(k => built.Rows.Count(r => r.Label == k) < MinExamplesToLearn)];
        return new DetailModel(ml, detector, kinds, all.Schema, new DetailModelSettings(threshold, mails.Count, built.Rows.Count, built.Positives, rulesDecide));
    }

    // The words of a candidate (and word pairs), beside its cues.
    private static EstimatorChain<ColumnConcatenatingTransformer> Words(MLContext ml)
    {
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        return ml.Transforms.Text.FeaturizeText("Words", text, nameof(ModelInput.Text))
            .Append(ml.Transforms.Concatenate("Features", "Words", nameof(ModelInput.Cues)));
    }

    /// <summary>
    /// Inner cross-validation: fit on all training folds but one, extract from the one left out, and
    /// take the threshold that gives the best F-beta over all of them together.
    /// </summary>
    public static double ChooseThreshold(IReadOnlyList<LabelledMail> mails, IProgress<string>? progress = null)
    {
        var folds = mails.Select(m => m.Fold).Distinct().Order().ToList();
        if (folds.Count < 3) return DefaultThreshold;
        var scored = new List<Artifact>();
        foreach (var fold in folds)
        {
            progress?.Report($"choosing the threshold: inner fold {fold} of {folds.Count}");
            using var model = Fit([.. mails.Where(m => m.Fold != fold)], DefaultThreshold);
            var extractor = new ArtifactExtractor(model) { MinConfidence = Sweep.Lowest };
            foreach (var mail in mails.Where(m => m.Fold == fold)) scored.AddRange(extractor.Extract(mail.Message));
        }
        return Sweep.Best(scored, mails, Beta);
    }
}

/// <summary>The model's classes in a fixed order, so score slot k is always the same label.</summary>
internal sealed class KeyRow
{
    public string Label { get; set; } = "";
}
