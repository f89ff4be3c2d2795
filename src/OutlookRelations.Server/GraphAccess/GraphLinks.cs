namespace OutlookRelations.Server.GraphAccess;

/// <summary>
/// Graph's nextLink and deltaLink as we keep them: relative to the Graph base URL (the path and query
/// after the version segment, e.g. "users/…/messages/delta?$deltatoken=…"), resolved against the base
/// URL in use when the link is followed. Kept absolute, a saved link pinned the host it came from:
/// when Graph's base URL changed (the demo emulator's port after a restart, a proxy, a national cloud)
/// the mailbox failed with "Connection refused" and could not recover (issue 15).
/// </summary>
public static class GraphLinks
{
    // The segments a Graph URL's path starts with; the base URL's own last segment is tried first.
    private static readonly string[] Versions = ["v1.0", "beta"];

    /// <summary>The form to store: relative to <paramref name="baseUrl"/> when Graph's link is under it or under any version segment.</summary>
    public static string ToStored(string link, string baseUrl)
    {
        var root = baseUrl.TrimEnd('/') + "/";
        if (link.StartsWith(root, StringComparison.OrdinalIgnoreCase)) return link[root.Length..];
        return AfterVersion(link, baseUrl) ?? link;
    }

    /// <summary>
    /// The URL to call for a stored link. An absolute one (stored before links were kept relative,
    /// or one that named no version) is read as its path and query after the version segment, so it
    /// too follows Graph to wherever it is now.
    /// </summary>
    public static string Resolve(string stored, string baseUrl)
    {
        var relative = IsAbsolute(stored) ? AfterVersion(stored, baseUrl) : stored;
        // No version segment at all: not a Graph link we can move; the SDK's host check still applies.
        return relative is null ? stored : baseUrl.TrimEnd('/') + "/" + relative.TrimStart('/');
    }

    private static bool IsAbsolute(string link) =>
        link.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || link.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    // Plain string work, so the token's own escaping is kept exactly as Graph wrote it.
    private static string? AfterVersion(string link, string baseUrl)
    {
        if (!IsAbsolute(link)) return null;
        var pathStart = link.IndexOf('/', link.IndexOf("://", StringComparison.Ordinal) + 3);
        if (pathStart < 0) return null;
        var end = link.IndexOfAny(['?', '#'], pathStart) is var q and >= 0 ? q : link.Length;
        var path = link[pathStart..end];
        var own = baseUrl.TrimEnd('/')[(baseUrl.TrimEnd('/').LastIndexOf('/') + 1)..];
        foreach (var version in new[] { own }.Concat(Versions))
        {
            var at = path.IndexOf($"/{version}/", StringComparison.OrdinalIgnoreCase);
            if (version.Length > 0 && at >= 0) return link[(pathStart + at + version.Length + 2)..];
        }
        return null;
    }
}
