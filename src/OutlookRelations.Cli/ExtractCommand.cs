using System.Diagnostics;
using OutlookRelations.Memory.Cleaning;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Messages;

namespace OutlookRelations.Cli;

/// <summary>
/// extract: messages in, artifacts out (JSON Lines). A file that is not a readable message is
/// reported on stderr with its path and skipped; the run goes on.
/// </summary>
internal static class ExtractCommand
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(2);

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        var inputs = new List<string>();
        var explain = false;
        double? minConfidence = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--format")
            {
                if (i + 1 >= args.Length || args[++i] != "jsonl")
                    return Usage.Print(errors, 2, "--format: only 'jsonl' is supported.");
            }
            else if (args[i] == "--explain")
            {
                explain = true;
            }
            else if (args[i] == "--min-confidence")
            {
                if (i + 1 >= args.Length || !double.TryParse(args[++i], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var floor)
                    || floor is < 0 or > 1)
                    return Usage.Print(errors, 2, "--min-confidence: give a number from 0 to 1, e.g. 0.05.");
                minConfidence = floor;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return Usage.Print(errors, 2, $"Unknown option '{args[i]}'.");
            }
            else
            {
                inputs.Add(args[i]);
            }
        }
        if (inputs.Count == 0) return Usage.Print(errors, 2, "extract: give at least one file or folder.");
        var missing = inputs.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            foreach (var path in missing) errors.WriteLine($"extract: no such file or folder: {path}");
            return 1;
        }

        var extractor = minConfidence is { } min ? new ArtifactExtractor { Explain = explain, MinConfidence = min } : new ArtifactExtractor { Explain = explain };
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        int files = 0, skipped = 0, artifacts = 0;
        foreach (var path in InputFiles.Enumerate(inputs))
        {
            files++;
            try
            {
                using var stream = File.OpenRead(path);
                var read = AuthoredMessage.Read(MimeReader.Read(stream));
                if (explain && MessageGate.Judge(read) is { IsBulk: true } gate) errors.WriteLine($"extract: {path}: not read, {gate.Reason}");
                foreach (var artifact in extractor.Extract(read))
                {
                    output.WriteLine(ArtifactJson.Line(artifact, path));
                    artifacts++;
                }
            }
            catch (Exception e) when (e is MailFormatException or IOException or UnauthorizedAccessException)
            {
                skipped++;
                errors.WriteLine($"extract: skipped {path}: {e.Message}");
            }
            if (clock.Elapsed - lastReport >= ProgressEvery)
            {
                lastReport = clock.Elapsed;
                errors.WriteLine($"extract: {files:N0} files, {artifacts:N0} artifacts, {files / clock.Elapsed.TotalSeconds:N0} files/s");
            }
        }
        output.Flush();
        errors.WriteLine($"extract: done: {files:N0} files ({skipped:N0} skipped), {artifacts:N0} artifacts in {clock.Elapsed.TotalSeconds:N1} s");
        return 0;
    }
}
