namespace OutlookRelations.GraphEmulator.Store;

/// <summary>
/// Faults a test arms before it exercises a client: throttling (429 + Retry-After), outages (503),
/// lost sync state (410), delta rounds that miss every change (200, empty) and slow responses. Each rule fires a fixed number of times, then retires.
/// </summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<FaultRule> _rules = [];
    private long _requests;
    private long _batchItems;

    /// <summary>How many Graph requests clients sent (faults included); a $batch is one, whatever it holds.</summary>
    public long RequestCount => Interlocked.Read(ref _requests);

    /// <summary>How many requests arrived inside $batch requests (each also passes the faults).</summary>
    public long BatchItemCount => Interlocked.Read(ref _batchItems);

    public FaultRule Add(FaultRule rule)
    {
        lock (_gate) _rules.Add(rule);
        return rule;
    }

    public void Clear()
    {
        lock (_gate) _rules.Clear();
    }

    internal FaultRule? Take(string pathAndQuery, bool insideBatch = false)
    {
        Interlocked.Increment(ref insideBatch ? ref _batchItems : ref _requests);
        lock (_gate)
        {
            foreach (var rule in _rules)
            {
                if (!rule.Matches(pathAndQuery)) continue;
                if (rule.SkipFirst > 0) { rule.SkipFirst--; continue; }
                if (rule.Times <= 0) continue;
                rule.Times--;
                rule.Fired++;
                return rule;
            }
        }
        return null;
    }
}

/// <summary>One armed fault. Mutable counters are guarded by the injector's lock.</summary>
public sealed class FaultRule
{
    /// <summary>HTTP status to answer with; 0 means "answer normally, only after <see cref="Delay"/>".</summary>
    public required int StatusCode { get; init; }
    public int Times { get; set; } = 1;
    /// <summary>Let this many matching requests through before firing (e.g. fail on page 3).</summary>
    public int SkipFirst { get; set; }
    /// <summary>Only requests whose path and query contain this text (case-insensitive).</summary>
    public string? PathContains { get; init; }
    /// <summary>Only requests that continue a round (carry a skip or delta token).</summary>
    public bool OnlyWithToken { get; init; }
    /// <summary>Only requests that start a round (no token): with StatusCode 0, a counter of fresh reads.</summary>
    public bool OnlyWithoutToken { get; init; }
    public int? RetryAfterSeconds { get; init; }
    public TimeSpan Delay { get; init; }
    public int Fired { get; internal set; }

    internal bool Matches(string pathAndQuery) =>
        (PathContains is null || pathAndQuery.Contains(PathContains, StringComparison.OrdinalIgnoreCase))
        && (!OnlyWithToken || pathAndQuery.Contains("token=", StringComparison.OrdinalIgnoreCase))
        && (!OnlyWithoutToken || !pathAndQuery.Contains("token=", StringComparison.OrdinalIgnoreCase));

    public static FaultRule Throttle(int times, int retryAfterSeconds = 1, string? pathContains = null) =>
        new() { StatusCode = 429, Times = times, RetryAfterSeconds = retryAfterSeconds, PathContains = pathContains };

    public static FaultRule Unavailable(int times, int retryAfterSeconds = 1, string? pathContains = null) =>
        new() { StatusCode = 503, Times = times, RetryAfterSeconds = retryAfterSeconds, PathContains = pathContains };

    /// <summary>
    /// A delta link that answers "nothing changed" although the folder has changed: an empty page
    /// whose deltaLink is the request's own, as a mailbox whose sync state went stale at Graph does.
    /// </summary>
    public static FaultRule DeltaMissesChanges(int times, string? pathContains = null) =>
        new() { StatusCode = 200, Times = times, OnlyWithToken = true, PathContains = pathContains };

    public static FaultRule SyncStateLost(int skipFirst = 0, string? pathContains = null) =>
        new() { StatusCode = 410, SkipFirst = skipFirst, OnlyWithToken = true, PathContains = pathContains };
}
