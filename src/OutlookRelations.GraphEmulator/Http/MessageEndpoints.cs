using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Http;

/// <summary>/users/{id}/mailFolders/{folder}/messages (newest first), its /delta, and /users/{id}/messages/{id}.</summary>
internal static class MessageEndpoints
{
    public static void Map(IEndpointRouteBuilder graph, EmulatorStore store)
    {
        // The SDK asks for "delta()" on the first call and follows our links ("delta") afterwards.
        graph.MapGet("/users/{userId}/mailFolders/{folderId}/messages/delta", (HttpRequest r, string userId, string folderId) => Delta(r, store, userId, folderId));
        graph.MapGet("/users/{userId}/mailFolders/{folderId}/messages/delta()", (HttpRequest r, string userId, string folderId) => Delta(r, store, userId, folderId));
        graph.MapGet("/users/{userId}/mailFolders/{folderId}/messages", (HttpRequest r, string userId, string folderId) => List(r, store, userId, folderId));
        graph.MapGet("/users/{userId}/messages/{messageId}", (HttpRequest r, string userId, string messageId) => Get(r, store, userId, messageId));
    }

    private static IResult Delta(HttpRequest request, EmulatorStore store, string userId, string folderId)
    {
        var mailbox = store.Find(userId);
        if (mailbox is null) return GraphResult.NotFound($"user '{userId}'");
        var folder = mailbox.FindFolder(folderId);
        var messages = mailbox.Folder(folderId);
        if (folder is null || messages is null) return GraphResult.NotFound($"mail folder '{folderId}'");

        var version = messages.CurrentVersion;
        var (token, error) = DeltaRound.Resolve(request, mailbox, version,
            pageSize => new DeltaToken(mailbox.SyncEpoch, Since: 0, UpTo: version, After: 0, pageSize, request.Query["$select"].FirstOrDefault()));
        if (error is not null) return error;
        // The link carries the first call's $select, so every page of the round is checked against it.
        if (MailPermissions.Refusal(request, token!.Select) is { } refused) return refused;

        var page = messages.ReadChanges(token.After, token.UpTo, token.PageSize, includeRemoved: token.Since > 0);
        var select = MailPermissions.Allowed(request, new SelectSet(token.Select));
        return DeltaRound.Page(request, token, page, "message", (w, m) => GraphJson.WriteMessage(w, m, select, folder.Id));
    }

    // Only what clients ask of a folder's list here: its newest messages ($orderby=receivedDateTime desc, $top).
    private static IResult List(HttpRequest request, EmulatorStore store, string userId, string folderId)
    {
        var mailbox = store.Find(userId);
        if (mailbox is null) return GraphResult.NotFound($"user '{userId}'");
        var folder = mailbox.FindFolder(folderId);
        var messages = mailbox.Folder(folderId);
        if (folder is null || messages is null) return GraphResult.NotFound($"mail folder '{folderId}'");
        var orderBy = request.Query["$orderby"].FirstOrDefault();
        if (orderBy is not null && !orderBy.Equals("receivedDateTime desc", StringComparison.OrdinalIgnoreCase))
            return GraphResult.Error(StatusCodes.Status400BadRequest, "BadRequest", $"The emulator orders messages by 'receivedDateTime desc' only, not '{orderBy}'.");
        var top = int.TryParse(request.Query["$top"].FirstOrDefault(), out var t) && t > 0 ? Math.Min(t, DeltaRound.MaxPageSize) : DeltaRound.DefaultPageSize;
        var select = new SelectSet(request.Query["$select"].FirstOrDefault());
        var newest = messages.Live().OrderByDescending(m => m.ReceivedDateTime).ThenBy(m => m.Id, StringComparer.Ordinal).Take(top).ToList();
        return new GraphResult(StatusCodes.Status200OK, w =>
        {
            w.WriteStartObject();
            w.WriteString("@odata.context", $"{request.Scheme}://{request.Host}{request.PathBase}/v1.0/$metadata#users('{userId}')/mailFolders('{folderId}')/messages");
            w.WriteStartArray("value");
            foreach (var message in newest) GraphJson.WriteMessage(w, message, select, folder.Id);
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static IResult Get(HttpRequest request, EmulatorStore store, string userId, string messageId)
    {
        var mailbox = store.Find(userId);
        if (mailbox is null) return GraphResult.NotFound($"user '{userId}'");
        if (mailbox.Locate(messageId) is not var (message, folder)) return GraphResult.NotFound($"message '{messageId}'");
        if (MailPermissions.Refusal(request, request.Query["$select"].FirstOrDefault()) is { } refused) return refused;
        var select = MailPermissions.Allowed(request, new SelectSet(request.Query["$select"].FirstOrDefault()));
        return new GraphResult(StatusCodes.Status200OK, w => GraphJson.WriteMessage(w, message, select, folder.Id));
    }
}
