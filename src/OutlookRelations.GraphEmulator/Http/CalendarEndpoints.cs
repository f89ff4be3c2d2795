using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Http;

/// <summary>
/// /users/{id}/calendarView/delta: the window given on the first call is fixed in the token, and
/// (as in Graph) removals are reported even for events outside the window.
/// </summary>
internal static class CalendarEndpoints
{
    public static void Map(IEndpointRouteBuilder graph, EmulatorStore store)
    {
        graph.MapGet("/users/{userId}/calendarView/delta", (HttpRequest r, string userId) => Delta(r, store, userId));
        graph.MapGet("/users/{userId}/calendarView/delta()", (HttpRequest r, string userId) => Delta(r, store, userId));
    }

    private static IResult Delta(HttpRequest request, EmulatorStore store, string userId)
    {
        var mailbox = store.Find(userId);
        if (mailbox is null) return GraphResult.NotFound($"user '{userId}'");
        var calendar = mailbox.Calendar;
        var version = calendar.CurrentVersion;

        DateTimeOffset? start = null, end = null;
        var isFirstCall = !request.Query.ContainsKey("$skiptoken") && !request.Query.ContainsKey("$deltatoken");
        if (isFirstCall)
        {
            start = ParseTime(request.Query["startDateTime"].FirstOrDefault());
            end = ParseTime(request.Query["endDateTime"].FirstOrDefault());
            if (start is null || end is null || end <= start)
                return GraphResult.Error(StatusCodes.Status400BadRequest, "ErrorInvalidParameter",
                    "calendarView/delta needs startDateTime and endDateTime (ISO 8601), with end after start.");
        }

        var (token, error) = DeltaRound.Resolve(request, mailbox, version,
            pageSize => new DeltaToken(mailbox.SyncEpoch, Since: 0, UpTo: version, After: 0, pageSize, Select: null, start, end));
        if (error is not null) return error;

        var windowStart = token!.WindowStart!.Value;
        var windowEnd = token.WindowEnd!.Value;
        var page = calendar.ReadChanges(token.After, token.UpTo, token.PageSize, includeRemoved: token.Since > 0,
            filter: e => e.Start < windowEnd && e.End > windowStart);
        var owner = mailbox.User.Mail;
        return DeltaRound.Page(request, token, page, "event", (w, e) => GraphJson.WriteEvent(w, e, owner));
    }

    private static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
}
