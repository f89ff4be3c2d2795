using System.Net;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using OutlookRelations.Server.GraphAccess;
using OutlookRelations.Server.Mailboxes;
using FolderDelta = Microsoft.Graph.Users.Item.MailFolders.Delta.DeltaGetResponse;
using MessageDelta = Microsoft.Graph.Users.Item.MailFolders.Item.Messages.Delta.DeltaGetResponse;
using CalendarDelta = Microsoft.Graph.Users.Item.CalendarView.Delta.DeltaGetResponse;
using GraphFolder = Microsoft.Graph.Models.MailFolder;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// Graph's $batch for incremental rounds: a mailbox of 30 folders is caught up in two or three
/// requests instead of 32. An item that fails inside the batch (a 429 inside the 200 is not retried
/// by the SDK; a 410 means the round restarts) is simply left out: the caller fetches that one on
/// its own, with the SDK's retries and sync's own handling.
/// </summary>
public sealed class GraphBatches(TenantGraph graph, GraphPages pages)
{
    public const int MaxRequests = 20;

    /// <summary>
    /// The folder tree's next page, the ids of Exchange's well-known folders and the Inbox's newest
    /// message (sync health's question), in one request: what every sync needs before it reads.
    /// Null parts failed and are to be fetched alone.
    /// </summary>
    public async Task<RoundOpening> OpenRoundAsync(OwnerContext owner, string? folderLink, CancellationToken ct)
    {
        var client = await graph.ForTenantAsync(owner.TenantId, ct);
        var baseUrl = client.RequestAdapter.BaseUrl!;
        var user = client.Users[owner.GraphUserId];
        var batch = new BatchRequestContentCollection(client, MaxRequests);
        var folderStep = await batch.AddBatchRequestStepAsync(pages.FolderDeltaRequest(user, folderLink, baseUrl));
        var wellKnownSteps = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in GraphPages.WellKnownFolders)
            wellKnownSteps[await batch.AddBatchRequestStepAsync(user.MailFolders[name].ToGetRequestInformation(rc =>
            {
                rc.QueryParameters.Select = ["id"];
                GraphPages.Prefer(rc.Headers, pageSize: null);
            }))] = name;
        var newestStep = await batch.AddBatchRequestStepAsync(GraphPages.NewestReceivedRequest(user, SyncRoundLog.LagFolder));

        var response = await client.Batch.PostAsync(batch, ct);
        var status = await response.GetResponsesStatusCodesAsync();
        FolderPage? folders = null;
        if (Succeeded(status, folderStep) && await response.GetResponseByIdAsync<FolderDelta>(folderStep) is { } delta)
            folders = new FolderPage(delta.Value ?? [], Stored(delta.OdataNextLink, baseUrl), Stored(delta.OdataDeltaLink, baseUrl));
        var newest = Succeeded(status, newestStep)
            ? new NewestMessage((await response.GetResponseByIdAsync<Microsoft.Graph.Models.MessageCollectionResponse>(newestStep))?.Value?.FirstOrDefault()?.ReceivedDateTime)
            : null;
        var wellKnown = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (step, name) in wellKnownSteps)
        {
            // A mailbox need not have every folder (Conversation History comes with Skype or Teams).
            if (status.GetValueOrDefault(step) == HttpStatusCode.NotFound) continue;
            if (!Succeeded(status, step)) return new(folders, null, newest);
            if (await response.GetResponseByIdAsync<GraphFolder>(step) is { Id: { } id }) wellKnown[id] = name;
        }
        return new(folders, wellKnown, newest);
    }

    /// <summary>The next page of each stream that continues from a saved link, twenty streams to a request.</summary>
    public async Task<Dictionary<string, GraphPage>> FetchAsync(OwnerContext owner, IReadOnlyList<(string Stream, string Link)> streams, CancellationToken ct)
    {
        var pagesByStream = new Dictionary<string, GraphPage>(StringComparer.Ordinal);
        if (streams.Count == 0) return pagesByStream;
        var client = await graph.ForTenantAsync(owner.TenantId, ct);
        var baseUrl = client.RequestAdapter.BaseUrl!;
        var user = client.Users[owner.GraphUserId];
        foreach (var chunk in streams.Chunk(MaxRequests))
        {
            var batch = new BatchRequestContentCollection(client, MaxRequests);
            var steps = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (stream, link) in chunk)
                steps[await batch.AddBatchRequestStepAsync(pages.DeltaRequest(user, stream, link, baseUrl, IngestPolicy.ReadsBodies(owner)))] = stream;
            var response = await client.Batch.PostAsync(batch, ct);
            var status = await response.GetResponsesStatusCodesAsync();
            foreach (var (step, stream) in steps.Where(s => Succeeded(status, s.Key)))
                pagesByStream[stream] = stream == MailboxSync.Calendar
                    ? Page(await response.GetResponseByIdAsync<CalendarDelta>(step), d => d.Value, d => d.OdataNextLink, d => d.OdataDeltaLink, baseUrl, events: true)
                    : Page(await response.GetResponseByIdAsync<MessageDelta>(step), d => d.Value, d => d.OdataNextLink, d => d.OdataDeltaLink, baseUrl, events: false);
        }
        return pagesByStream;
    }

    private static GraphPage Page<T, TItem>(T? delta, Func<T, List<TItem>?> value, Func<T, string?> next, Func<T, string?> last, string baseUrl, bool events)
        where T : class, IParsable
    {
        var items = delta is null ? [] : value(delta) ?? [];
        var nextLink = delta is null ? null : Stored(next(delta), baseUrl);
        var deltaLink = delta is null ? null : Stored(last(delta), baseUrl);
        return events
            ? new GraphPage(null, items.Cast<Microsoft.Graph.Models.Event>().ToList(), nextLink, deltaLink)
            : new GraphPage(items.Cast<Microsoft.Graph.Models.Message>().ToList(), null, nextLink, deltaLink);
    }

    /// <summary>What the request that opens a round brought back; a null part failed inside the batch.</summary>
    public sealed record RoundOpening(FolderPage? Folders, Dictionary<string, string>? WellKnown, NewestMessage? InboxNewest);

    /// <summary>Graph's answer about a folder's newest message: when it was received, or null for an empty folder.</summary>
    public sealed record NewestMessage(DateTimeOffset? ReceivedAt);

    private static bool Succeeded(Dictionary<string, HttpStatusCode> status, string step) =>
        status.TryGetValue(step, out var code) && (int)code is >= 200 and < 300;

    private static string? Stored(string? link, string baseUrl) => link is null ? null : GraphLinks.ToStored(link, baseUrl);
}
