using System.Net;
using Microsoft.Kiota.Abstractions;

namespace OutlookRelations.Server.Sync;

/// <summary>Sorts what Graph threw into what the sync does next.</summary>
public static class GraphFailure
{
    /// <summary>410 Gone, or the error codes Graph uses for a lost delta state: restart the round.</summary>
    public static bool IsSyncStateLost(Exception e) => Find(e) switch
    {
        ApiException api when api.ResponseStatusCode == (int)HttpStatusCode.Gone => true,
        Microsoft.Graph.Models.ODataErrors.ODataError odata => odata.Error?.Code is { } code
            && (code.Equals("syncStateNotFound", StringComparison.OrdinalIgnoreCase) || code.Equals("resyncRequired", StringComparison.OrdinalIgnoreCase)),
        _ => false,
    };

    /// <summary>
    /// 429/503/504 that outlived the SDK's own retries (it gives up after 3). The SDK throws an
    /// AggregateException then, not an ODataError, so both shapes are recognised.
    /// </summary>
    public static bool IsTransient(Exception e, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.FromSeconds(2);
        var found = Find(e);
        if (found is ApiException api && api.ResponseStatusCode is 429 or 503 or 504)
        {
            if (api.ResponseHeaders.TryGetValue("Retry-After", out var values)
                && int.TryParse(values.FirstOrDefault(), out var seconds) && seconds >= 0)
                retryAfter = TimeSpan.FromSeconds(Math.Min(seconds, 300));
            return true;
        }
        return e is AggregateException or HttpRequestException || e.InnerException is HttpRequestException;
    }

    private static Exception Find(Exception e) => e is AggregateException aggregate
        ? aggregate.Flatten().InnerExceptions.FirstOrDefault(i => i is ApiException) ?? e
        : e;
}
