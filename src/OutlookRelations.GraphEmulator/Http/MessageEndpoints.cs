using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Http;

/// <summary>/users/{id}/mailFolders/{folder}/messages/delta and /users/{id}/messages/{id}.</summary>
internal static class MessageEndpoints
{
    public static void Map(IEndpointRouteBuilder graph, EmulatorStore store)
    {
        // The SDK asks for "delta()" on the first call and follows our links ("delta") afterwards.
        graph.MapGet("/users/{userId}/mailFolders/{folderId}/messages/delta", (HttpRequest r, string userId, string folderId) => Delta(r, store, userId, folderId));
        graph.MapGet("/users/{userId}/mailFolders/{folderId}/messages/delta()", (HttpRequest r, string userId, string folderId) => Delta(r, store, userId, folderId));
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
