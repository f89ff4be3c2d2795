using System.Collections.Concurrent;
using System.Diagnostics;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Benchmarks;

/// <summary>
/// Where a sync's time goes: listens to the sync's phase spans (<see cref="SyncTracing"/>) and adds
/// up each phase's wall time. Phases that overlap (a page fetched while the one before commits) are
/// each counted in full, so the shares can add up to more than the run.
/// </summary>
internal sealed class SyncProfile : IDisposable
{
    private readonly ConcurrentDictionary<string, long> _ticks = new();
    private readonly ActivityListener _listener;

    public SyncProfile()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SyncTracing.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity => _ticks.AddOrUpdate(activity.OperationName, activity.Duration.Ticks, (_, t) => t + activity.Duration.Ticks),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Reset() => _ticks.Clear();

    /// <summary>"fetch 4.1 s (31%), ingest …" for a run of <paramref name="seconds"/>, largest first.</summary>
    public string Describe(double seconds) => string.Join(", ", _ticks.OrderByDescending(p => p.Value).Select(p =>
        $"{p.Key["sync.".Length..]} {TimeSpan.FromTicks(p.Value).TotalSeconds:F1} s ({TimeSpan.FromTicks(p.Value).TotalSeconds / seconds:P0})"));

    public void Dispose() => _listener.Dispose();
}
