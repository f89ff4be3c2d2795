using Microsoft.AspNetCore.Routing;

namespace OutlookRelations.Server.Tests.Infrastructure;

/// <summary>One endpoint as the route table has it: "GET", "/api/reports/{id:guid}/file".</summary>
public sealed record MappedEndpoint(string Method, string Pattern, RouteEndpoint Endpoint)
{
    /// <summary>Answers any method (MapHealthChecks maps no method metadata).</summary>
    public const string AnyMethod = "ANY";

    public string Key => $"{Method} {Pattern}";

    /// <summary>The route parameters to fill: "id", "email".</summary>
    public IReadOnlyList<string> Parameters => [.. Endpoint.RoutePattern.Parameters.Select(p => p.Name)];
}

/// <summary>
/// Every endpoint the running app maps, read from ASP.NET Core's <see cref="EndpointDataSource"/>, so
/// nothing mapped can escape the authorization matrix or the bad-input property test.
/// Excluded, by this rule only: fallback endpoints (MapFallback, MapFallbackToFile: the routing order
/// int.MaxValue they all carry), which serve the SPA and static files, not an API. Static files
/// themselves are middleware and never appear in the route table.
/// </summary>
public static class RouteTable
{
    public static IReadOnlyList<MappedEndpoint> Endpoints(IServiceProvider services) =>
    [
        .. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Order != int.MaxValue)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : [MappedEndpoint.AnyMethod])
                .Select(m => new MappedEndpoint(m, Normalise(e.RoutePattern.RawText ?? "/"), e)))
            .DistinctBy(e => e.Key)
            .OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal),
    ];

    // A group's "/" child reads "/api/reports/" in the route table; it is called as "/api/reports".
    private static string Normalise(string pattern) => "/" + pattern.Trim('/');
}
