namespace OutlookRelations.Cli.Manifest.Validation;

/// <summary>
/// Rules both manifest formats share: every URL on https and on one host (the server's), and the
/// single sign-on resource of the form api://{host}/{app id}, matching the app registration.
/// </summary>
internal static class UrlRules
{
    public static IEnumerable<ManifestProblem> OneHttpsHost(IEnumerable<(string Where, string Url)> urls)
    {
        var parsed = new List<(string Where, string Url, Uri Uri)>();
        foreach (var (where, url) in urls)
        {
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri)) parsed.Add((where, url, uri));
            else yield return new(where, $"'{url}' is not an absolute URL");
        }
        // The host most URLs use is the server's; the odd ones out are the mistakes worth naming.
        var host = parsed.GroupBy(p => p.Uri.Authority, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        foreach (var (where, url, uri) in parsed)
        {
            if (uri.Scheme != Uri.UriSchemeHttps)
                yield return new(where, $"'{url}' must use https: Outlook refuses add-in content over plain http");
            if (!string.Equals(uri.Authority, host, StringComparison.OrdinalIgnoreCase))
                yield return new(where, $"'{url}' is on {uri.Authority}, but the add-in is served from {host}; use one host");
        }
    }

    public static IEnumerable<ManifestProblem> SsoResource(string where, string? resource, string? appId, string? host)
    {
        if (resource is null) yield break;
        var expected = host is null || appId is null ? null : $"api://{host}/{appId}";
        if (!Uri.TryCreate(resource, UriKind.Absolute, out var uri) || uri.Scheme != "api")
            yield return new(where, $"'{resource}' must be the app registration's Application ID URI, api://{{host}}/{{app id}}");
        else if (expected is not null && !string.Equals(resource.TrimEnd('/'), expected, StringComparison.OrdinalIgnoreCase))
            yield return new(where, $"'{resource}' does not match the host and app id; expected {expected}");
    }

    public static IEnumerable<ManifestProblem> Guid(string where, string? value)
    {
        if (value is null) yield break;
        if (!System.Guid.TryParse(value, out var id)) yield return new(where, $"'{value}' is not a GUID");
        else if (id == System.Guid.Empty) yield return new(where, "the all-zero GUID is a placeholder, not an app id");
    }

    public static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Authority : null;
}
