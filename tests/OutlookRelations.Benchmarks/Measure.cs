using System.Diagnostics;

namespace OutlookRelations.Benchmarks;

/// <summary>Timing and memory readings shared by the benchmarks.</summary>
internal static class Measure
{
    /// <summary>Runs <paramref name="work"/> once to warm up, then <paramref name="rounds"/> times; returns the best round.</summary>
    public static TimeSpan Best(Action work, int rounds = 3)
    {
        work();
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < rounds; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            work();
            if (clock.Elapsed < best) best = clock.Elapsed;
        }
        return best;
    }

    public static double PeakMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
