using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.GraphAccess;

namespace OutlookRelations.Server.Sync;

/// <summary>One delta page, whichever stream it came from; its links in stored form (<see cref="GraphLinks"/>).</summary>
public sealed record GraphPage(IReadOnlyList<Message>? Messages, IReadOnlyList<Event>? Events, string? NextLink, string? DeltaLink)
{
    public int Count => Messages?.Count ?? Events!.Count;
}

/// <summary>
/// Fetches delta pages through the Graph SDK: the first call of a round, or a saved link. Links go in
/// and come out relative to the Graph base URL, and are resolved against the client's base URL here.
/// </summary>
public sealed class GraphPages(TenantGraph graph, IOptions<GraphOptions> options, TimeProvider time)
{
    // The metadata we store, plus the body, which the memory engine reads once and drops, and the
    // webLink that lets a remembered detail open its message in Outlook.
    private static readonly string[] MessageFields =
    [
        "id", "internetMessageId", "conversationId", "subject", "from", "sender", "toRecipients", "ccRecipients",
        "bccRecipients", "sentDateTime", "receivedDateTime", "body", "webLink",
    ];

    public async Task<GraphPage> FetchAsync(OwnerContext owner, string stream, string? link, CancellationToken ct)
    {
        var client = await graph.ForTenantAsync(owner.TenantId, ct);
        var baseUrl = client.RequestAdapter.BaseUrl ?? throw new InvalidOperationException("The Graph client has no base URL.");
        var url = link is null ? null : GraphLinks.Resolve(link, baseUrl);
        string? Stored(string? graphLink) => graphLink is null ? null : GraphLinks.ToStored(graphLink, baseUrl);
        if (stream == "calendar")
        {
            var calendar = client.Users[owner.GraphUserId].CalendarView.Delta;
            var events = link is null
                ? await calendar.GetAsDeltaGetResponseAsync(rc =>
                {
                    var now = time.GetUtcNow();
                    rc.QueryParameters.StartDateTime = now.AddDays(-options.Value.CalendarPastDays).ToString("o", CultureInfo.InvariantCulture);
                    rc.QueryParameters.EndDateTime = now.AddDays(options.Value.CalendarFutureDays).ToString("o", CultureInfo.InvariantCulture);
                    Prefer(rc.Headers, firstCall: true);
                }, ct)
                : await calendar.WithUrl(url!).GetAsDeltaGetResponseAsync(rc => Prefer(rc.Headers, firstCall: false), ct);
            return new GraphPage(null, events?.Value ?? [], Stored(events?.OdataNextLink), Stored(events?.OdataDeltaLink));
        }

        var folder = client.Users[owner.GraphUserId].MailFolders[stream].Messages.Delta;
        var messages = link is null
            ? await folder.GetAsDeltaGetResponseAsync(rc =>
            {
                rc.QueryParameters.Select = MessageFields;
                Prefer(rc.Headers, firstCall: true);
            }, ct)
            : await folder.WithUrl(url!).GetAsDeltaGetResponseAsync(rc => Prefer(rc.Headers, firstCall: false), ct);
        return new GraphPage(messages?.Value ?? [], null, Stored(messages?.OdataNextLink), Stored(messages?.OdataDeltaLink));
    }

    /// <summary>One message by its (immutable) id, with the same fields delta gives; null when it is gone from the mailbox.</summary>
    public async Task<Message?> FetchMessageAsync(OwnerContext owner, string graphId, CancellationToken ct)
    {
        var client = await graph.ForTenantAsync(owner.TenantId, ct);
        try
        {
            return await client.Users[owner.GraphUserId].Messages[graphId].GetAsync(rc =>
            {
                rc.QueryParameters.Select = MessageFields;
                Prefer(rc.Headers, firstCall: false);
            }, ct);
        }
        catch (Microsoft.Graph.Models.ODataErrors.ODataError e) when (e.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    // Immutable ids survive moves between folders; page size goes on the first call only (the
    // tokens carry it after that); calendar times come back in UTC.
    private void Prefer(RequestHeaders headers, bool firstCall)
    {
        headers.Add("Prefer", "IdType=\"ImmutableId\"");
        headers.Add("Prefer", "outlook.timezone=\"UTC\"");
        if (firstCall) headers.Add("Prefer", $"odata.maxpagesize={options.Value.PageSize}");
    }
}
