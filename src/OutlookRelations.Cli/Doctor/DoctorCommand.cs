using Microsoft.Extensions.Configuration;

namespace OutlookRelations.Cli.Doctor;

/// <summary>
/// doctor [--settings appsettings.json]… [--Key=Value]…: reads configuration as the server does
/// (JSON files, then OUTLOOKRELATIONS-style environment variables such as Entra__ClientId, then
/// the command line) and checks it. Exit code 0 when every check passes, 1 otherwise.
/// </summary>
internal static class DoctorCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, HttpClient? http = null)
    {
        var builder = new ConfigurationBuilder();
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--settings")
            {
                if (i + 1 >= args.Length) return Usage.Print(errors, 2, "doctor: --settings needs a file.");
                var file = Path.GetFullPath(args[++i]);
                if (!File.Exists(file)) return Usage.Print(errors, 2, $"doctor: no such settings file: {file}");
                builder.AddJsonFile(file, optional: false);
            }
            else rest.Add(args[i]);
        }
        builder.AddEnvironmentVariables().AddCommandLine([.. rest]);
        var config = builder.Build();

        using var client = http is null ? new HttpClient { Timeout = TimeSpan.FromSeconds(15) } : null;
        var findings = await new DoctorChecks(config, http ?? client!).RunAsync(CancellationToken.None);
        foreach (var finding in findings) output.WriteLine(finding);
        var broken = findings.Count(f => !f.Ok);
        output.WriteLine(broken == 0 ? "doctor: everything checked is in order." : $"doctor: {broken} thing(s) to fix.");
        return broken == 0 ? 0 : 1;
    }
}
