namespace OutlookRelations.Benchmarks.Load;

/// <summary>A load run as the client saw it, and the server process's CPU per request during it.</summary>
internal sealed record Measured(LoadResult Result, double ServerCpuMs);

/// <summary>The load benchmark's lines.</summary>
internal static class LoadReport
{
    public static void Line(TextWriter output, string what, Measured m)
    {
        var r = m.Result;
        output.WriteLine($"{"",13}{what,-24} p50 {r.Percentile(50),6:F1} ms  p99 {r.Percentile(99),6:F1} ms  max {r.Latencies[^1],7:F1} ms  "
            + $"{r.Throughput,5:N0} req/s  {r.Errors} errors  server CPU {m.ServerCpuMs,5:F2} ms/req  sent ≤{r.MostSentLateMs:F0} ms late");
    }

    /// <summary>What one lookup's queries take when nothing else runs, by the tables each reads.</summary>
    /// <param name="allocated">Bytes this process allocated meanwhile, client and server: what the garbage collector then has to reclaim.</param>
    public static void Queries(TextWriter output, LoadResult alone, IReadOnlyDictionary<string, (int Count, double Ms)> spent, long allocated)
    {
        var n = Math.Max(1, alone.Requests);
        output.WriteLine($"{"",13}in-process, one at a time: {alone.Latencies.Average():F2} ms a lookup, allocating {allocated / 1024.0 / n:N0} KB (client and server), "
            + $"of which {spent.Values.Sum(s => s.Count) / (double)n:F1} database commands take {spent.Values.Sum(s => s.Ms) / n:F2} ms (from sending each to closing its reader):");
        foreach (var (what, (count, ms)) in spent.OrderByDescending(s => s.Value.Ms))
            output.WriteLine($"{"",15}{what,-44} {count / (double)n,4:F1}×  {ms / n,6:F3} ms");
    }
}
