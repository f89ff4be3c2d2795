using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Messages;
using OutlookRelations.Testing;
using Xunit.Abstractions;

namespace OutlookRelations.Memory.Tests.Evaluation;

/// <summary>
/// The figures that matter: extraction on real, hand-labelled Enron mail (../shared/data/eval).
/// Targets: precision ≥ 0.85 and recall ≥ 0.60 over every kind. Printed on every run.
/// </summary>
public sealed class DevSetEvaluationTests(ITestOutputHelper output)
{
    public const double MinPrecision = 0.85;
    public const double MinRecall = 0.60;

    [SharedDataFact("eval/dev.jsonl")]
    public void Extraction_meets_the_precision_and_recall_targets_on_the_labelled_dev_set()
    {
        var rows = File.ReadLines(SharedData.PathTo("eval/dev.jsonl")!).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var labelled = rows.Select(r => r.GetProperty("messageId").GetString()!.Trim().Trim('<', '>')).ToHashSet();
        var labels = rows.Where(r => r.GetProperty("kind").ValueKind == JsonValueKind.String)
            .Select(r => (r.GetProperty("messageId").GetString()!, r.GetProperty("about").GetString()!, r.GetProperty("kind").GetString()!)).ToList();
        var paths = rows.Select(r => r.GetProperty("path").GetString()!).Distinct().ToList();

        var extractor = new ArtifactExtractor();
        var predictions = new List<Artifact>();
        foreach (var path in paths)
        {
            using var stream = File.OpenRead(Path.Combine(SharedData.PathTo("enron")!, path));
            predictions.AddRange(extractor.Extract(MimeReader.Read(stream)));
        }

        var (overall, byKind) = Scorer.Compare(labels, predictions, labelled);
        output.WriteLine($"{"kind",-14}{"tp",4}{"pred",6}{"gold",6}{"prec",8}{"rec",8}");
        foreach (var (kind, s) in byKind.Where(k => k.Value.Labels + k.Value.Predictions > 0))
            output.WriteLine($"{kind,-14}{s.TruePositives,4}{s.Predictions,6}{s.Labels,6}{s.Precision,8:F3}{s.Recall,8:F3}");
        output.WriteLine($"overall precision={overall.Precision:F3} recall={overall.Recall:F3} ({paths.Count} messages, {overall.Labels} labels, {overall.Predictions} predictions)");

        CrossCheckWithOfficialScorer(predictions, paths, overall);
        Assert.True(overall.Precision >= MinPrecision, $"precision {overall.Precision:F3} < {MinPrecision}");
        Assert.True(overall.Recall >= MinRecall, $"recall {overall.Recall:F3} < {MinRecall}");
    }

    // The official scorer is Python; when python3 is on the machine, its figures must equal ours.
    private void CrossCheckWithOfficialScorer(List<Artifact> predictions, List<string> paths, Scorer.Score overall)
    {
        var scorer = Path.Combine(Path.GetDirectoryName(SharedData.Root!)!, "tools", "score-artifacts");
        if (!File.Exists(scorer)) return;
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, predictions.Select(p => JsonSerializer.Serialize(new { messageId = p.MessageId, about = p.About, kind = p.Kind.Name() })));
            var start = new ProcessStartInfo("python3", [scorer, SharedData.PathTo("eval/dev.jsonl")!, file]) { RedirectStandardOutput = true };
            using var process = Process.Start(start);
            if (process is null) return;
            var last = process.StandardOutput.ReadToEnd().Trim().Split('\n')[^1];
            process.WaitForExit();
            output.WriteLine($"official scorer: {last}");
            Assert.Contains($"precision={overall.Precision.ToString("F3", CultureInfo.InvariantCulture)} recall={overall.Recall.ToString("F3", CultureInfo.InvariantCulture)}", last, StringComparison.Ordinal);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            output.WriteLine("python3 is not installed; the official scorer was not run.");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
