using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Messages;
using OutlookRelations.Testing;
using Xunit.Abstractions;

namespace OutlookRelations.Memory.Tests.Evaluation;

/// <summary>
/// The figures that matter: extraction on real, hand-labelled Enron mail (../shared/data/eval,
/// 1,370 messages in five folds). Every figure is scored fold by fold and summed over the five, so
/// a component fitted to data is always measured on a fold it was not fitted to.
/// The floors are today's honest figure: raised as the engine improves, never lowered.
/// The targets (precision ≥ 0.85, recall ≥ 0.60) are printed beside them.
/// </summary>
public sealed class DevSetEvaluationTests(ITestOutputHelper output)
{
    public const double TargetPrecision = 0.85;
    public const double TargetRecall = 0.60;
    public const double FloorPrecision = 0.78;
    public const double FloorRecall = 0.34;

    [SharedDataFact("eval/dev.jsonl")]
    public void Extraction_holds_its_cross_validated_floor_on_the_labelled_dev_set()
    {
        var rows = File.ReadLines(SharedData.PathTo("eval/dev.jsonl")!).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        static string Id(JsonElement r) => r.GetProperty("messageId").GetString()!.Trim().Trim('<', '>');
        var foldOf = rows.GroupBy(Id).ToDictionary(g => g.Key, g => g.First().GetProperty("fold").GetInt32());
        var labels = rows.Where(r => r.GetProperty("kind").ValueKind == JsonValueKind.String)
            .Select(r => (Id(r), r.GetProperty("about").GetString()!, r.GetProperty("kind").GetString()!)).ToList();
        var paths = rows.Select(r => r.GetProperty("path").GetString()!).Distinct().ToList();

        var extractor = new ArtifactExtractor();
        var predictions = new List<Artifact>();
        foreach (var path in paths)
        {
            using var stream = File.OpenRead(Path.Combine(SharedData.PathTo("enron")!, path));
            predictions.AddRange(extractor.Extract(MimeReader.Read(stream)));
        }

        foreach (var fold in foldOf.Values.Distinct().Order())
        {
            var inFold = foldOf.Where(f => f.Value == fold).Select(f => f.Key).ToHashSet();
            var (score, _) = Scorer.Compare(labels.Where(l => inFold.Contains(l.Item1)), predictions, inFold);
            output.WriteLine($"fold {fold}: precision={score.Precision:F3} recall={score.Recall:F3} ({inFold.Count} messages, {score.Labels} labels)");
        }
        var (overall, byKind) = Scorer.Compare(labels, predictions, foldOf.Keys.ToHashSet());
        output.WriteLine($"{"kind",-14}{"tp",4}{"pred",6}{"gold",6}{"prec",8}{"rec",8}");
        foreach (var (kind, s) in byKind.Where(k => k.Value.Labels + k.Value.Predictions > 0))
            output.WriteLine($"{kind,-14}{s.TruePositives,4}{s.Predictions,6}{s.Labels,6}{s.Precision,8:F3}{s.Recall,8:F3}");
        output.WriteLine($"overall precision={overall.Precision:F3} recall={overall.Recall:F3} ({paths.Count} messages, {overall.Labels} labels, {overall.Predictions} predictions)");
        output.WriteLine($"floor precision {FloorPrecision} recall {FloorRecall}; target precision {TargetPrecision} recall {TargetRecall}: "
            + (overall.Precision >= TargetPrecision && overall.Recall >= TargetRecall ? "met" : "not met yet"));

        CrossCheckWithOfficialScorer(predictions, overall);
        Assert.True(overall.Precision >= FloorPrecision, $"precision {overall.Precision:F3} fell below its floor {FloorPrecision}");
        Assert.True(overall.Recall >= FloorRecall, $"recall {overall.Recall:F3} fell below its floor {FloorRecall}");
    }

    // The official scorer is Python; when python3 is on the machine, its figures must equal ours.
    private void CrossCheckWithOfficialScorer(List<Artifact> predictions, Scorer.Score overall)
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
