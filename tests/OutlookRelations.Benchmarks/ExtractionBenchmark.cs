using System.Globalization;
using MimeMessage = MimeKit.MimeMessage;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Messages;
using OutlookRelations.Testing;

namespace OutlookRelations.Benchmarks;

/// <summary>
/// Messages per second for parsing + cleaning + extraction (gate, rules, the learned detail model,
/// attribution) over the Enron corpus, held in memory so the disk is not measured. The baseline,
/// measured in the same run, is MimeKit parsing alone: the ratio says what cleaning and extraction
/// cost on top of reading the mail at all. The hand rules without the model are measured too, so
/// the model's own cost shows. Target: ≥ 2,000 messages/s on one core for the whole pipeline.
/// </summary>
internal static class ExtractionBenchmark
{
    public const double TargetPerCore = 2_000;

    public static int Run(string[] args, TextWriter output)
    {
        var maildir = BenchmarkArgs.Text(args, "--maildir") ?? RepositoryPaths.SharedDataPath("enron/maildir");
        if (maildir is null || !Directory.Exists(maildir))
        {
            output.WriteLine("extraction: ../shared/data/enron/maildir is not present (pass --maildir PATH); nothing to measure.");
            return 0;
        }
        var limit = int.TryParse(BenchmarkArgs.Text(args, "--limit"), CultureInfo.InvariantCulture, out var l) ? l : int.MaxValue;
        var files = Directory.EnumerateFiles(maildir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(limit)
            .Select(File.ReadAllBytes).ToArray();
        output.WriteLine($"extraction: {files.Length:N0} messages ({files.Sum(f => (long)f.Length) / (1024.0 * 1024.0):N1} MB) in memory; {Environment.ProcessorCount} cores");

        var extractor = new ArtifactExtractor();
        var artifacts = 0;
        var baseline = Measure.Best(() => { foreach (var bytes in files) MimeMessage.Load(new MemoryStream(bytes)); });
        var rulesOnly = new ArtifactExtractor(model: null);
        var rules = Measure.Best(() => files.Sum(bytes => ExtractOne(rulesOnly, bytes)));
        var single = Measure.Best(() => artifacts = files.Sum(bytes => ExtractOne(extractor, bytes)));
        var parallel = Measure.Best(() => files.AsParallel().Sum(bytes => ExtractOne(extractor, bytes)));

        var perCore = files.Length / single.TotalSeconds;
        var allCores = files.Length / parallel.TotalSeconds;
        var parseOnly = files.Length / baseline.TotalSeconds;
        output.WriteLine($"  baseline  MimeKit parse only, 1 core      {parseOnly,10:N0} msg/s  ({baseline.TotalSeconds:N2} s)");
        output.WriteLine($"  rules     parse+clean+rules, no model, 1 core {files.Length / rules.TotalSeconds,6:N0} msg/s  ({rules.TotalSeconds:N2} s)");
        output.WriteLine($"  pipeline  parse+clean+extract, 1 core     {perCore,10:N0} msg/s  ({single.TotalSeconds:N2} s)  = {perCore / parseOnly:P0} of baseline speed");
        output.WriteLine($"  pipeline  parse+clean+extract, {Environment.ProcessorCount} cores    {allCores,10:N0} msg/s  ({parallel.TotalSeconds:N2} s)  = {allCores / perCore:N2}x one core");
        output.WriteLine($"  artifacts {artifacts:N0}; peak working set {Measure.PeakMegabytes():N0} MB");
        output.WriteLine($"  target ≥ {TargetPerCore:N0} msg/s per core: {(perCore >= TargetPerCore ? "met" : "NOT met")}");
        return 0;
    }

    private static int ExtractOne(ArtifactExtractor extractor, byte[] bytes)
    {
        try
        {
            return extractor.Extract(MimeReader.Read(new MemoryStream(bytes))).Count;
        }
        catch (MailFormatException)
        {
            return 0;
        }
    }
}
