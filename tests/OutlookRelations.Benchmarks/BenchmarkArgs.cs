using System.Diagnostics;

namespace OutlookRelations.Benchmarks;

internal static class BenchmarkArgs
{
    /// <summary>The text after <paramref name="name"/>, or null.</summary>
    public static string? Text(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    /// <summary>The integer after <paramref name="name"/>, or <paramref name="fallback"/>.</summary>
    public static int Int(string[] args, string name, int fallback) =>
        int.TryParse(Text(args, name), out var value) ? value : fallback;

    /// <summary>
    /// This benchmark program again, as a child process with <paramref name="args"/>: run by `dotnet`
    /// (then the assembly comes first) or by its own app host.
    /// </summary>
    public static ProcessStartInfo Child(params string[] args)
    {
        var self = Environment.ProcessPath!;
        return self.EndsWith("dotnet", StringComparison.Ordinal)
            ? new ProcessStartInfo(self, [typeof(BenchmarkArgs).Assembly.Location, .. args])
            : new ProcessStartInfo(self, args);
    }
}
