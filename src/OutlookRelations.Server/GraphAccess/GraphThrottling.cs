using System.Diagnostics.Metrics;

namespace OutlookRelations.Server.GraphAccess;

/// <summary>
/// Counts Graph's throttling and outages where they happen: the innermost handler of the Graph
/// pipeline, below the SDK's retry handler, so each 429/503/504 is seen, also those the SDK retries
/// by itself, with the Retry-After Graph asked for (which the SDK, or sync after it, then waits).
/// Requests inside a $batch answer 200 as a whole and are not seen here.
/// </summary>
public sealed class GraphThrottling : DelegatingHandler
{
    public const string MeterName = "OutlookRelations.Graph";

    private readonly Counter<long> _throttled;
    private readonly Histogram<double> _retryAfter;
    private readonly TimeProvider _time;

    public GraphThrottling(IMeterFactory meters, TimeProvider time, HttpMessageHandler inner) : base(inner)
    {
        _time = time;
        var meter = meters.Create(MeterName);
        _throttled = meter.CreateCounter<long>("outlookrelations.graph.throttled", "{response}",
            "Graph answers of 429 (throttled), 503 or 504 (unavailable), by status code");
        _retryAfter = meter.CreateHistogram<double>("outlookrelations.graph.retry_after", "s",
            "The Retry-After of each throttled or unavailable answer: how long Graph asked us to wait");
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var status = (int)response.StatusCode;
        if (status is 429 or 503 or 504)
        {
            var tag = new KeyValuePair<string, object?>("http.response.status_code", status);
            _throttled.Add(1, tag);
            if (response.Headers.RetryAfter is { } retryAfter)
            {
                var wait = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - _time.GetUtcNow() : TimeSpan.Zero);
                _retryAfter.Record(Math.Max(0, wait.TotalSeconds), tag);
            }
        }
        return response;
    }
}
