using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using OutlookRelations.Server.GraphAccess;
using OutlookRelations.Server.Mailboxes;

namespace OutlookRelations.Server.Sync;

/// <summary>One delta page, whichever stream it came from; its links in stored form (<see cref="GraphLinks"/>).</summary>
public sealed record GraphPage(IReadOnlyList<Message>? Messages, IReadOnlyList<Event>? Events, string? NextLink, string? DeltaLink)
{
    public int Count => Messages?.Count ?? Events!.Count;
}

/// <summary>One page of the mailbox's folder delta.</summary>
public sealed record FolderPage(IReadOnlyList<MailFolder> Folders, string? NextLink, string? DeltaLink);

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
        // Only the list and bulk headers are kept from these (GraphMail), for the gate and for
        // telling newsletters from people in the figures.
        "internetMessageHeaders",
    ];

    // Metadata-only mode: everything Mail.ReadBasic.All allows. Graph refuses a body to such an app,
    // and a tenant that chose this mode must not be read even where the app could.
    private static readonly string[] MetadataFields = [.. MessageFields.Where(f => f is not "body")];

    /// <summary>The message fields a round asks for: no body in metadata-only mode (see <see cref="IngestPolicy.ReadsBodies"/>).</summary>
    public static string[] MessageFieldsFor(bool readsBodies) => readsBodies ? MessageFields : MetadataFields;

    private static readonly string[] FolderFields = ["id", "displayName", "parentFolderId", "isHidden"];

    /// <summary>
    /// Exchange's folders that decide what is read: Graph v1.0 names a well-known folder only when it
    /// is asked for by that name, so these are looked up by name.
    /// </summary>
    public static readonly string[] WellKnownFolders =
        ["inbox", "sentitems", "deleteditems", "drafts", "junkemail", "outbox", "conversationhistory", "syncissues"];

    public async Task<GraphPage> FetchAsync(OwnerContext owner, string stream, string? link, CancellationToken ct)
    {
        var client = await graph.ForTenantAsync(owner.TenantId, ct);
        var baseUrl = client.RequestAdapter.BaseUrl ?? throw new InvalidOperationException("The Graph client has no base URL.");
        string? Stored(string? graphLink) => graphLink is null ? null : GraphLinks.ToStored(graphLink, baseUrl);
        var request = DeltaRequest(client.Users[owner.GraphUserId], stream, link, baseUrl, IngestPolicy.ReadsBodies(owner));
        if (stream == MailboxSync.Calendar)
        {
            var events = await client.RequestAdapter.SendAsync(request, Microsoft.Graph.Users.Item.CalendarView.Delta.DeltaGetResponse.CreateFromDiscriminatorValue, ErrorMappings, ct);
            return new GraphPage(null, events?.Value ?? [], Stored(events?.OdataNextLink), Stored(events?.OdataDeltaLink));
        }
        var messages = await client.RequestAdapter.SendAsync(request, Microsoft.Graph.Users.Item.MailFolders.Item.Messages.Delta.DeltaGetResponse.CreateFromDiscriminatorValue, ErrorMappings, ct);
        return new GraphPage(messages?.Value ?? [], null, Stored(messages?.OdataNextLink), Stored(messages?.OdataDeltaLink));
    }

    private static readonly Dictionary<string, Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<Microsoft.Kiota.Abstractions.Serialization.IParsable>> ErrorMappings =
        new() { ["XXX"] = Microsoft.Graph.Models.ODataErrors.ODataError.CreateFromDiscriminatorValue };

    /// <summary>
    /// The request for a stream's next delta page: the first call of a round (with $select, the page
    /// size and, for the calendar, the window), or the saved link. Sent alone or inside a $batch.
    /// A saved link carries the fields of the call that started its round.
    /// </summary>
    public RequestInformation DeltaRequest(Microsoft.Graph.Users.Item.UserItemRequestBuilder user, string stream, string? link, string baseUrl, bool readsBodies)
    {
        var url = link is null ? null : GraphLinks.Resolve(link, baseUrl);
        if (stream == MailboxSync.Calendar)
        {
            var calendar = user.CalendarView.Delta;
            return link is null
                ? calendar.ToGetRequestInformation(rc =>
                {
                    var now = time.GetUtcNow();
                    rc.QueryParameters.StartDateTime = now.AddDays(-options.Value.CalendarPastDays).ToString("o", CultureInfo.InvariantCulture);
                    rc.QueryParameters.EndDateTime = now.AddDays(options.Value.CalendarFutureDays).ToString("o", CultureInfo.InvariantCulture);
                    Prefer(rc.Headers, options.Value.PageSize);
                })
                : calendar.WithUrl(url!).ToGetRequestInformation(rc => Prefer(rc.Headers, pageSize: null));
        }
        var folder = user.MailFolders[stream].Messages.Delta;
        return link is null
            ? folder.ToGetRequestInformation(rc =>
            {
                rc.QueryParameters.Select = MessageFieldsFor(readsBodies);
                Prefer(rc.Headers, options.Value.PageSize);
            })
            : folder.WithUrl(url!).ToGetRequestInformation(rc => Prefer(rc.Headers, pageSize: null));
    }

    /// <summary>The folder delta's next page request: the first call of a round, or the saved link.</summary>
    public RequestInformation FolderDeltaRequest(Microsoft.Graph.Users.Item.UserItemRequestBuilder user, string? link, string baseUrl) =>
        link is null
            ? user.MailFolders.Delta.ToGetRequestInformation(rc =>
            {
                rc.QueryParameters.Select = FolderFields;
                Prefer(rc.Headers, options.Value.PageSize);
            })
            : user.MailFolders.Delta.WithUrl(GraphLinks.Resolve(link, baseUrl)).ToGetRequestInformation(rc => Prefer(rc.Headers, pageSize: null));

    /// <summary>A page of the folder delta: every folder of the tree on a first round, what changed afterwards.</summary>
    public async Task<FolderPage> FetchFoldersAsync(OwnerContext owner, string? link, CancellationToken ct)
    {
        var client = await graph.ForTenantAsync(owner.TenantId, ct);
        var baseUrl = client.RequestAdapter.BaseUrl ?? throw new InvalidOperationException("The Graph client has no base URL.");
        var page = await client.RequestAdapter.SendAsync(FolderDeltaRequest(client.Users[owner.GraphUserId], link, baseUrl),
            Microsoft.Graph.Users.Item.MailFolders.Delta.DeltaGetResponse.CreateFromDiscriminatorValue, ErrorMappings, ct);
        string? Stored(string? graphLink) => graphLink is null ? null : GraphLinks.ToStored(graphLink, baseUrl);
        return new FolderPage(page?.Value ?? [], Stored(page?.OdataNextLink), Stored(page?.OdataDeltaLink));
    }

    /// <summary>The ids of Exchange's well-known folders that exist in this mailbox, with their names.</summary>
    public async Task<Dictionary<string, string>> FetchWellKnownFoldersAsync(OwnerContext owner, CancellationToken ct)
    {
        var client = await graph.ForTenantAsync(owner.TenantId, ct);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in WellKnownFolders)
        {
            try
            {
                var folder = await client.Users[owner.GraphUserId].MailFolders[name].GetAsync(rc =>
                {
                    rc.QueryParameters.Select = ["id"];
                    Prefer(rc.Headers, pageSize: null);
                }, ct);
                if (folder?.Id is { } id) found[id] = name;
            }
            catch (Microsoft.Graph.Models.ODataErrors.ODataError e) when (e.ResponseStatusCode == 404)
            {
                // Not every mailbox has every folder (Conversation History comes with Skype or Teams).
            }
        }
        return found;
    }

    /// <summary>When the newest message in a folder was received, as Graph lists the folder; null for an empty folder.</summary>
    public async Task<DateTimeOffset?> FetchNewestReceivedAsync(OwnerContext owner, string folder, CancellationToken ct)
    {
        var client = await graph.ForTenantAsync(owner.TenantId, ct);
        var newest = await client.RequestAdapter.SendAsync(NewestReceivedRequest(client.Users[owner.GraphUserId], folder),
            Microsoft.Graph.Models.MessageCollectionResponse.CreateFromDiscriminatorValue, ErrorMappings, ct);
        return newest?.Value?.FirstOrDefault()?.ReceivedDateTime;
    }

    /// <summary>The request for a folder's newest message (its received time only), alone or inside a batch.</summary>
    public static RequestInformation NewestReceivedRequest(Microsoft.Graph.Users.Item.UserItemRequestBuilder user, string folder) =>
        user.MailFolders[folder].Messages.ToGetRequestInformation(rc =>
        {
            rc.QueryParameters.Top = 1;
            rc.QueryParameters.Orderby = ["receivedDateTime desc"];
            rc.QueryParameters.Select = ["receivedDateTime"];
            Prefer(rc.Headers, pageSize: null);
        });

    /// <summary>One message by its (immutable) id, with the same fields delta gives; null when it is gone from the mailbox.</summary>
    public async Task<Message?> FetchMessageAsync(OwnerContext owner, string graphId, CancellationToken ct)
    {
        var client = await graph.ForTenantAsync(owner.TenantId, ct);
        try
        {
            return await client.Users[owner.GraphUserId].Messages[graphId].GetAsync(rc =>
            {
                rc.QueryParameters.Select = MessageFieldsFor(IngestPolicy.ReadsBodies(owner));
                Prefer(rc.Headers, pageSize: null);
            }, ct);
        }
        catch (Microsoft.Graph.Models.ODataErrors.ODataError e) when (e.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    // Immutable ids survive moves between folders; page size goes on the first call only (the
    // tokens carry it after that); calendar times come back in UTC.
    public static void Prefer(RequestHeaders headers, int? pageSize)
    {
        headers.Add("Prefer", "IdType=\"ImmutableId\"");
        headers.Add("Prefer", "outlook.timezone=\"UTC\"");
        if (pageSize is { } size) headers.Add("Prefer", $"odata.maxpagesize={size}");
    }
}
