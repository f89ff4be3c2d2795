using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookRelations.Cli.Manifest.Validation;

/// <summary>
/// Checks a unified (JSON) manifest: the schema first, then one https host, ids, that every button's
/// action exists, and the package icons (color 192x192, outline 32x32) present with the right sizes.
/// </summary>
internal static class UnifiedManifestValidator
{
    public static IReadOnlyList<ManifestProblem> Validate(string text, IconSource icons)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            return [new($"line {(e.LineNumber ?? 0) + 1}", $"not valid JSON: {e.Message}")];
        }
        if (root is not JsonObject manifest) return [new("$", "the manifest must be a JSON object")];

        var problems = ManifestSchemas.Unified.Validate(text)
            .Select(e => new ManifestProblem(JsonPath(e.Path), $"schema: {Words(e.Kind.ToString())}"))
            .ToList();
        problems.AddRange(UrlRules.OneHttpsHost(Urls(manifest)));
        problems.AddRange(IdProblems(manifest));
        problems.AddRange(ActionProblems(manifest));
        problems.AddRange(IconProblems(manifest, icons));
        return problems;
    }

    private static IEnumerable<(string, string)> Urls(JsonObject manifest)
    {
        foreach (var name in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
            if (Text(manifest["developer"]?[name]) is { } url) yield return ($"$.developer.{name}", url);
        foreach (var (path, node) in Walk(manifest["extensions"], "$.extensions"))
            if (path.EndsWith(".page", StringComparison.Ordinal) || path.EndsWith(".script", StringComparison.Ordinal) || path.EndsWith(".url", StringComparison.Ordinal))
                if (Text(node) is { } url) yield return (path, url);
        foreach (var (path, node) in Walk(manifest["validDomains"], "$.validDomains"))
            if (Text(node) is { } domain) yield return (path, "https://" + domain);
    }

    private static IEnumerable<ManifestProblem> IdProblems(JsonObject manifest)
    {
        foreach (var problem in UrlRules.Guid("$.id", Text(manifest["id"]))) yield return problem;
        var sso = manifest["webApplicationInfo"];
        if (sso is null)
        {
            yield return new("$.webApplicationInfo", "missing: the pane cannot get a token for the server (single sign-on)");
            yield break;
        }
        var appId = Text(sso["id"]);
        foreach (var problem in UrlRules.Guid("$.webApplicationInfo.id", appId)) yield return problem;
        var page = Walk(manifest["extensions"], "$").Where(p => p.Path.EndsWith(".page", StringComparison.Ordinal)).Select(p => Text(p.Node)).FirstOrDefault();
        foreach (var problem in UrlRules.SsoResource("$.webApplicationInfo.resource", Text(sso["resource"]), appId, UrlRules.HostOf(page)))
            yield return problem;
    }

    private static IEnumerable<ManifestProblem> ActionProblems(JsonObject manifest)
    {
        var nodes = Walk(manifest["extensions"], "$.extensions").ToList();
        var actions = nodes.Where(n => n.Path.Contains(".actions[", StringComparison.Ordinal) && n.Path.EndsWith(".id", StringComparison.Ordinal))
            .Select(n => Text(n.Node)).ToHashSet();
        foreach (var (path, node) in nodes.Where(n => n.Path.EndsWith(".actionId", StringComparison.Ordinal)))
            if (!actions.Contains(Text(node)))
                yield return new(path, $"actionId '{Text(node)}' names no action of any runtime");
    }

    private static IEnumerable<ManifestProblem> IconProblems(JsonObject manifest, IconSource icons)
    {
        foreach (var (name, size) in new[] { ("color", AddinLayout.ColorIconSize), ("outline", AddinLayout.OutlineIconSize) })
        {
            if (Text(manifest["icons"]?[name]) is not { } file) continue;
            var problem = PngSize.Problem(icons.PackageFile(file), file, size);
            if (problem is not null) yield return new($"$.icons.{name}", problem + " (it belongs in the app package beside manifest.json)");
        }
        if (!icons.HasAssets) yield break;
        foreach (var (path, node) in Walk(manifest["extensions"], "$.extensions").Where(n => n.Path.EndsWith(".icons", StringComparison.Ordinal)))
            foreach (var icon in node?.AsArray() ?? [])
                if (Text(icon?["url"]) is { } url && icon?["size"]?.GetValue<int>() is { } size
                    && PngSize.Problem(icons.Asset(url), url, size) is { } problem)
                    yield return new(path, problem);
    }

    /// <summary>Every node under a JSON node with a JSONPath-like location, for rules that look everywhere.</summary>
    private static IEnumerable<(string Path, JsonNode? Node)> Walk(JsonNode? node, string path)
    {
        yield return (path, node);
        if (node is JsonObject obj)
        {
            foreach (var (key, child) in obj)
                foreach (var inner in Walk(child, $"{path}.{key}")) yield return inner;
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
                foreach (var inner in Walk(array[i], $"{path}[{i}]")) yield return inner;
        }
    }

    // NJsonSchema reports "#/name.short"; say "$.name.short" like the rest of our messages.
    private static string JsonPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "#" ? "$" : "$." + path.TrimStart('#', '/');

    // "StringTooLong" reads better as "string too long".
    private static string Words(string kind) =>
        string.Concat(kind.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
