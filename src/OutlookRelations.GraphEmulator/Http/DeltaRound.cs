using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Http;

/// <summary>
/// The part of delta that messages and events share: starting or continuing a round from the
/// request's tokens, and writing a page with its nextLink or final deltaLink.
/// </summary>
internal static class DeltaRound
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 1000;

    /// <summary>The token to serve, or an error when the token is malformed or its sync state is gone.</summary>
    public static (DeltaToken? Token, IResult? Error) Resolve(HttpRequest request, Mailbox mailbox, long currentVersion, Func<int, DeltaToken> startRound)
    {
        var skip = request.Query["$skiptoken"].FirstOrDefault();
        var delta = request.Query["$deltatoken"].FirstOrDefault();
        if (skip is null && delta is null) return (startRound(PageSize(request)), null);

        var token = DeltaToken.TryDecode(skip ?? delta);
        if (token is null)
            return (null, GraphResult.Error(StatusCodes.Status400BadRequest, "BadRequest", "The $skiptoken or $deltatoken is not valid."));
        if (token.Epoch != mailbox.SyncEpoch) return (null, SyncStateNotFound(request));
        // A delta token opens the next round: everything changed since the previous round ended.
        return (skip is null ? token with { After = token.Since, UpTo = currentVersion } : token, null);
    }

    public static IResult Page<T>(HttpRequest request, DeltaToken token, ChangePage<T> page, string entity, Action<Utf8JsonWriter, T> writeItem)
        where T : class
    {
        var self = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}";
        var root = $"{request.Scheme}://{request.Host}{request.PathBase}/v1.0/";
        string linkName, link;
        if (page.More)
        {
            linkName = "@odata.nextLink";
            link = $"{self}?$skiptoken={(token with { After = page.Cursor }).Encode()}";
        }
        else
        {
            linkName = "@odata.deltaLink";
            var next = token with { Since = token.UpTo, After = token.UpTo };
            link = $"{self}?$deltatoken={next.Encode()}";
        }
        var headers = new Dictionary<string, string>
        {
            ["Preference-Applied"] = $"odata.maxpagesize={token.PageSize.ToString(CultureInfo.InvariantCulture)}",
        };
        return new GraphResult(StatusCodes.Status200OK, w =>
        {
            w.WriteStartObject();
            w.WriteString("@odata.context", $"{root}$metadata#Collection({entity})");
            w.WriteString(linkName, link);
            w.WriteStartArray("value");
            foreach (var change in page.Changes)
            {
                if (change.Item is null) GraphJson.WriteRemoved(w, $"#microsoft.graph.{entity}", change.Id);
                else writeItem(w, change.Item);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }, headers);
    }

    /// <summary>An empty last page that hands the caller's own link back: a round that saw no change.</summary>
    public static IResult NothingChanged(HttpRequest request)
    {
        var self = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";
        return new GraphResult(StatusCodes.Status200OK, w =>
        {
            w.WriteStartObject();
            w.WriteString("@odata.deltaLink", self);
            w.WriteStartArray("value");
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>Graph's answer when a token's sync state is gone: 410 with a fresh-start Location.</summary>
    public static IResult SyncStateNotFound(HttpRequest request)
    {
        var restart = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?$deltatoken=";
        return GraphResult.Error(StatusCodes.Status410Gone, "SyncStateNotFound",
            "The sync state generation is not valid. Restart the synchronization without a token.",
            new Dictionary<string, string> { ["Location"] = restart });
    }

    // Prefer: odata.maxpagesize=N may share the header with other preferences (IdType="ImmutableId").
    private static int PageSize(HttpRequest request)
    {
        foreach (var value in request.Headers["Prefer"])
        {
            foreach (var part in (value ?? "").Split(',', StringSplitOptions.TrimEntries))
            {
                const string key = "odata.maxpagesize=";
                if (part.StartsWith(key, StringComparison.OrdinalIgnoreCase)
                    && int.TryParse(part[key.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0)
                    return Math.Min(size, MaxPageSize);
            }
        }
        return DefaultPageSize;
    }
}
