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

    /// <summary>
    /// What went wrong, for an admin who does not read stack traces: what Graph answered and what
    /// usually fixes it. Graph's own message follows, as it names the missing permission or the user.
    /// </summary>
    public static string Describe(Exception e)
    {
        var found = Find(e);
        var status = (found as ApiException)?.ResponseStatusCode ?? 0;
        var detail = (found as Microsoft.Graph.Models.ODataErrors.ODataError)?.Error?.Message;
        var words = status switch
        {
            401 => "Graph did not accept the app's credentials (401): check the client secret or certificate.",
            403 => "Graph refused access to this mailbox (403): an admin may need to grant consent, or an application access policy excludes it, "
                + "or the app has Mail.ReadBasic.All rather than Mail.Read (then turn on metadata-only mode in the admin settings).",
            404 => "Graph does not know this mailbox (404): the user may have been deleted or lost their Exchange licence.",
            429 => "Graph kept throttling this mailbox (429) after every retry; the next sync tries again.",
            503 or 504 => $"Graph was unavailable ({status}) after every retry; the next sync tries again.",
            >= 500 => $"Graph failed with an error of its own ({status}).",
            > 0 => $"Graph refused a request ({status}).",
            _ when found is HttpRequestException || found.InnerException is HttpRequestException => "Could not reach Graph: " + found.Message,
            _ when e is OperationCanceledException => "The sync was stopped before it finished (the server shut down, or another instance took the mailbox over).",
            _ => "Sync failed: " + found.Message,
        };
        if (status > 0 && !string.IsNullOrWhiteSpace(detail)) words += " Graph said: " + detail;
        return words.Length <= Storage.SyncRound.MaxError ? words : words[..(Storage.SyncRound.MaxError - 1)] + "…";
    }

    private static Exception Find(Exception e) => e is AggregateException aggregate
        ? aggregate.Flatten().InnerExceptions.FirstOrDefault(i => i is ApiException) ?? e
        : e;
}
