using System.Diagnostics;

namespace OutlookRelations.Benchmarks.Load;

/// <summary>Latencies of one load run, in milliseconds, and what they add up to.</summary>
internal sealed record LoadResult(int Requests, int Errors, double Seconds, double[] Latencies)
{
    /// <summary>The most a request left the generator after its scheduled moment: above a millisecond or two, the generator itself stalled.</summary>
    public double MostSentLateMs { get; init; }

    public double Throughput => Requests / Seconds;
    public double Percentile(double p) => Latencies.Length == 0 ? double.NaN : Latencies[Math.Min(Latencies.Length - 1, (int)Math.Ceiling(p / 100 * Latencies.Length) - 1)];
}

/// <summary>
/// A load generator on loopback, bounded in time. The constant-rate run sends each request at its
/// scheduled moment whether or not earlier ones have returned, so a server that falls behind shows it
/// in full (no coordinated omission); it sleeps between sends rather than spinning, because on two
/// cores a spinning generator takes the server's CPU. The saturation run keeps a fixed number of
/// requests in flight for the most the server can do.
/// </summary>
internal static class LoadGenerator
{
    public static async Task<LoadResult> ConstantRateAsync(HttpClient http, Func<int, string> url, int perSecond, TimeSpan duration)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var interval = TimeSpan.FromSeconds(1.0 / perSecond);
        var clock = Stopwatch.StartNew();
        var requests = new Task<(double Ms, bool Ok)>[total];
        var late = TimeSpan.Zero;
        // The schedule runs on a thread of its own, sleeping until each moment: a timer continuation
        // on the thread pool waited behind the responses being read, and sent requests up to 20 ms late.
        var sender = new Thread(() =>
        {
            for (var i = 0; i < total; i++)
            {
                var due = interval * i;
                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.Zero) Thread.Sleep(wait);
                if (clock.Elapsed - due > late) late = clock.Elapsed - due;
                requests[i] = SendAsync(http, url(i), clock, due);
            }
        }) { IsBackground = true, Name = "load schedule" };
        sender.Start();
        await Task.Run(sender.Join);
        var results = await Task.WhenAll(requests);
        return Summarise(results, clock.Elapsed.TotalSeconds) with { MostSentLateMs = late.TotalMilliseconds };
    }

    public static async Task<LoadResult> SaturateAsync(HttpClient http, Func<int, string> url, int inFlight, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var next = -1;
        var workers = Enumerable.Range(0, inFlight).Select(async _ =>
        {
            var mine = new List<(double, bool)>();
            while (clock.Elapsed < duration) mine.Add(await SendAsync(http, url(Interlocked.Increment(ref next)), clock, clock.Elapsed));
            return mine;
        }).ToList();
        var results = (await Task.WhenAll(workers)).SelectMany(r => r).ToArray();
        return Summarise(results, clock.Elapsed.TotalSeconds);
    }

    private static async Task<(double Ms, bool Ok)> SendAsync(HttpClient http, string url, Stopwatch clock, TimeSpan due)
    {
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead);
            return ((clock.Elapsed - due).TotalMilliseconds, response.IsSuccessStatusCode);
        }
        catch (HttpRequestException)
        {
            return ((clock.Elapsed - due).TotalMilliseconds, false);
        }
    }

    private static LoadResult Summarise((double Ms, bool Ok)[] results, double seconds) =>
        new(results.Length, results.Count(r => !r.Ok), seconds, [.. results.Select(r => r.Ms).Order()]);
}
