using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Http;

/// <summary>
/// /users/{id}/mailFolders (the top level), /mailFolders/{id} (by id or well-known name),
/// /mailFolders/{id}/childFolders, and /mailFolders/delta (every folder of the tree, flattened).
/// As in Graph, lists leave hidden folders out unless asked with includeHiddenFolders=true, and
/// page 10 at a time unless $top says otherwise.
/// </summary>
internal static class FolderEndpoints
{
    private const int DefaultTop = 10;

    public static void Map(IEndpointRouteBuilder graph, EmulatorStore store)
    {
        graph.MapGet("/users/{userId}/mailFolders", (HttpRequest r, string userId) => List(r, store, userId, "msgfolderroot"));
        graph.MapGet("/users/{userId}/mailFolders/delta", (HttpRequest r, string userId) => Delta(r, store, userId));
        graph.MapGet("/users/{userId}/mailFolders/delta()", (HttpRequest r, string userId) => Delta(r, store, userId));
        graph.MapGet("/users/{userId}/mailFolders/{folderId}", (string userId, string folderId) =>
            store.Find(userId) is not { } mailbox ? GraphResult.NotFound($"user '{userId}'")
            : mailbox.FindFolder(folderId) is not { } folder ? GraphResult.NotFound($"mail folder '{folderId}'")
            : new GraphResult(StatusCodes.Status200OK, w => GraphJson.WriteFolder(w, folder, mailbox)));
        graph.MapGet("/users/{userId}/mailFolders/{folderId}/childFolders", (HttpRequest r, string userId, string folderId) => List(r, store, userId, folderId));
    }

    private static IResult List(HttpRequest request, EmulatorStore store, string userId, string parentId)
    {
        if (store.Find(userId) is not { } mailbox) return GraphResult.NotFound($"user '{userId}'");
        if (parentId != "msgfolderroot" && mailbox.FindFolder(parentId) is null) return GraphResult.NotFound($"mail folder '{parentId}'");
        var hidden = string.Equals(request.Query["includeHiddenFolders"].FirstOrDefault(), "true", StringComparison.OrdinalIgnoreCase);
        var all = mailbox.ChildFolders(parentId, hidden);
        var top = Number(request, "$top") ?? DefaultTop;
        var skip = Number(request, "$skip") ?? 0;
        var page = all.Skip(skip).Take(top).ToList();
        string? next = null;
        if (skip + page.Count < all.Count)
        {
            var query = $"?$top={top.ToString(CultureInfo.InvariantCulture)}&$skip={(skip + page.Count).ToString(CultureInfo.InvariantCulture)}";
            next = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{query}{(hidden ? "&includeHiddenFolders=true" : "")}";
        }
        return new GraphResult(StatusCodes.Status200OK, w =>
        {
            w.WriteStartObject();
            w.WriteString("@odata.context", $"{request.Scheme}://{request.Host}{request.PathBase}/v1.0/$metadata#users('{userId}')/mailFolders");
            if (next is not null) w.WriteString("@odata.nextLink", next);
            w.WriteStartArray("value");
            foreach (var folder in page) GraphJson.WriteFolder(w, folder, mailbox);
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static IResult Delta(HttpRequest request, EmulatorStore store, string userId)
    {
        if (store.Find(userId) is not { } mailbox) return GraphResult.NotFound($"user '{userId}'");
        var folders = mailbox.Folders;
        var version = folders.CurrentVersion;
        var (token, error) = DeltaRound.Resolve(request, mailbox, version,
            pageSize => new DeltaToken(mailbox.SyncEpoch, Since: 0, UpTo: version, After: 0, pageSize, request.Query["$select"].FirstOrDefault()));
        if (error is not null) return error;
        var page = folders.ReadChanges(token!.After, token.UpTo, token.PageSize, includeRemoved: token.Since > 0);
        return DeltaRound.Page(request, token, page, "mailFolder", (w, f) => GraphJson.WriteFolder(w, f, mailbox));
    }

    private static int? Number(HttpRequest request, string name) =>
        int.TryParse(request.Query[name].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : null;
}
