using OutlookRelations.Cli.Doctor;
using OutlookRelations.Cli.Manifest;

namespace OutlookRelations.Cli;

/// <summary>
/// OutlookRelations.Cli &lt;command&gt; …: one entry point for the tools that never run in the server.
/// A named class rather than top-level statements, so tests that see both this and the server
/// do not meet two classes called Program.
/// </summary>
internal static class CliProgram
{
    public static int Main(string[] args) => args.FirstOrDefault() switch
    {
        "extract" => ExtractCommand.Run(args[1..], Console.Out, Console.Error),
        "train-extractor" => Training.TrainExtractorCommand.Run(args[1..], Console.Out, Console.Error),
        "manifest" => ManifestCommand.Run(args[1..], Console.Out, Console.Error),
        "doctor" => DoctorCommand.RunAsync(args[1..], Console.Out, Console.Error).GetAwaiter().GetResult(),
        null or "-h" or "--help" or "help" => Usage.Print(Console.Out, 0),
        var unknown => Usage.Print(Console.Error, 2, $"Unknown command '{unknown}'."),
    };
}
