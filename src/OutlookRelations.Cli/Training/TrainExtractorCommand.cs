using System.Diagnostics;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Learning;

namespace OutlookRelations.Cli.Training;

/// <summary>
/// train-extractor: trains the memory engine's detail model on the labelled development set and
/// writes it where the Memory library embeds it; or, with --cross-validate, prints the honest
/// figure (each fold measured by a model trained on the other four) and writes nothing.
/// Deterministic: the same data gives the same model.
/// </summary>
internal static class TrainExtractorCommand
{
    public const string ModelPath = "src/OutlookRelations.Memory/Learning/detail-model.zip";

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        string? data = null, outPath = null;
        bool crossValidate = false, curve = false, rulesOnly = false, misses = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Length: data = args[++i]; break;
                case "--out" when i + 1 < args.Length: outPath = args[++i]; break;
                case "--cross-validate": crossValidate = true; break;
                case "--curve": crossValidate = curve = true; break;
                case "--rules-only": crossValidate = rulesOnly = true; break;
                case "--misses": crossValidate = curve = misses = true; break;
                default: return Usage.Print(errors, 2, $"train-extractor: unknown or incomplete option '{args[i]}'.");
            }
        }
        var root = RepositoryRoot();
        data ??= root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
        if (data is null || !File.Exists(Path.Combine(data, DevSet.LabelsFile)))
        {
            errors.WriteLine($"train-extractor: no labelled set found{(data is null ? "" : $" at {Path.Combine(data, DevSet.LabelsFile)}")}; give the data folder with --data DIR.");
            return 1;
        }
        outPath ??= root is null ? null : Path.Combine(root, ModelPath);
        if (!crossValidate && outPath is null) return Usage.Print(errors, 2, "train-extractor: not inside the repository; give --out FILE.");

        var clock = Stopwatch.StartNew();
        var progress = new Progress(errors, clock);
        var mails = DevSet.Load(data);
        progress.Report($"read {mails.Count:N0} labelled messages ({mails.Sum(m => m.Labels.Count):N0} labels)");
        if (crossValidate)
        {
            var predictions = rulesOnly ? [.. mails.SelectMany(m => new ArtifactExtractor(model: null).Extract(m.Message))]
                : CrossValidation.OutOfFold(mails, progress, keepAll: curve);
            if (misses) PrintMisses(output, mails, predictions, DetailModel.Shipped?.Settings.Threshold ?? DetailTrainer.DefaultThreshold);
            else if (curve)
            {
                foreach (var t in new[] { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 })
                {
                    var (s, _) = Scores.Compare(mails, predictions.Where(p => p.Confidence >= t));
                    output.WriteLine($"at {t:F1}: precision={s.Precision:F3} recall={s.Recall:F3} ({s.Predictions} details)");
                }
            }
            else Print(output, mails, predictions);
            return 0;
        }
        using var model = DetailTrainer.Train(mails, progress);
        var temporary = outPath + ".tmp";
        using (var file = File.Create(temporary)) model.Save(file);
        File.Move(temporary, outPath!, overwrite: true);
        progress.Report($"wrote {outPath} ({new FileInfo(outPath!).Length / 1024:N0} KB): threshold {model.Settings.Threshold:F2}, {model.Settings.Examples:N0} sentences, {model.Settings.Positives:N0} with a detail");
        return 0;
    }

    internal static void Print(TextWriter output, IReadOnlyList<LabelledMail> mails, IReadOnlyList<Artifact> predictions)
    {
        foreach (var fold in mails.Select(m => m.Fold).Distinct().Order())
        {
            var (score, _) = Scores.Compare(mails.Where(m => m.Fold == fold), predictions);
            output.WriteLine($"fold {fold}: precision={score.Precision:F3} recall={score.Recall:F3} ({mails.Count(m => m.Fold == fold)} messages, {score.Labels} labels)");
        }
        var (overall, byKind) = Scores.Compare(mails, predictions);
        output.WriteLine($"{"kind",-14}{"tp",5}{"pred",6}{"gold",6}{"prec",8}{"rec",8}");
        foreach (var (kind, s) in byKind.Where(k => k.Value.Labels + k.Value.Predictions > 0))
            output.WriteLine($"{kind.Name(),-14}{s.TruePositives,5}{s.Predictions,6}{s.Labels,6}{s.Precision,8:F3}{s.Recall,8:F3}");
        output.WriteLine($"cross-validated precision={overall.Precision:F3} recall={overall.Recall:F3} ({mails.Count} messages, {overall.Labels} labels, {overall.Predictions} details)");
    }

    // Where each label was lost, kind by kind, then every label that was, grouped by where.
    internal static void PrintMisses(TextWriter output, IReadOnlyList<LabelledMail> mails, IReadOnlyList<Artifact> predictions, double threshold)
    {
        var losses = RecallLosses.Of(mails, predictions, threshold);
        var stages = Enum.GetValues<RecallLoss>();
        output.WriteLine($"where each of {losses.Count:N0} labels was lost, by models fitted on the other folds, at the shipped threshold {threshold:F2} (a diagnostic, not the cross-validated figure):");
        output.WriteLine($"{"kind",-14}" + string.Concat(stages.Select(s => $"{s,15}")));
        foreach (var kind in losses.Select(l => l.Label.Kind).Distinct().Order())
            output.WriteLine($"{kind.Name(),-14}" + string.Concat(stages.Select(s => $"{losses.Count(l => l.Label.Kind == kind && l.Loss == s),15}")));
        output.WriteLine($"{"all",-14}" + string.Concat(stages.Select(s => $"{losses.Count(l => l.Loss == s),15}")));
        foreach (var stage in stages.Where(s => s != RecallLoss.Found))
        {
            output.WriteLine();
            output.WriteLine($"{stage}:");
            foreach (var (mail, label, _) in losses.Where(l => l.Loss == stage))
                output.WriteLine($"  {label.Kind.Name(),-12} {mail.Message.MessageId} {label.About}: {label.Evidence.ReplaceLineEndings(" ")}");
        }
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OutlookRelations.sln"))) return dir.FullName;
        return null;
    }

    private sealed class Progress(TextWriter errors, Stopwatch clock) : IProgress<string>
    {
        public void Report(string value) => errors.WriteLine($"train-extractor [{clock.Elapsed.TotalSeconds,5:F0} s]: {value}");
    }
}
