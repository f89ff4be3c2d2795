using System.Xml.Linq;
using static OutlookRelations.Cli.Manifest.ManifestNamespaces;

namespace OutlookRelations.Cli.Manifest.Validation;

/// <summary>
/// Resource references in VersionOverrides must resolve (1.1 may also use its parent 1.0's
/// resources), ids must be unique, each button needs its 16, 32 and 80 pixel icons, and icon files
/// must have the size the manifest declares when they are at hand.
/// </summary>
internal static class XmlResourceRules
{
    public static IEnumerable<ManifestProblem> Problems(XDocument document, IconSource icons)
    {
        var root = document.Root!;
        foreach (var problem in BaseIcons(root, icons)) yield return problem;

        var outer = root.Element(Overrides + "VersionOverrides");
        if (outer is null)
        {
            yield return new(XmlManifestValidator.Line(root), "no VersionOverrides: Outlook would show no ribbon button");
            yield break;
        }
        var inner = outer.Element(Overrides11 + "VersionOverrides");
        var outerResources = Resources(outer, Overrides);
        foreach (var problem in Check(outer, Overrides, outerResources, icons)) yield return problem;
        if (inner is null) yield break;
        var merged = outerResources.ToDictionary();
        foreach (var (id, resource) in Resources(inner, Overrides11)) merged[id] = resource;
        foreach (var problem in Check(inner, Overrides11, merged, icons)) yield return problem;
    }

    private static IEnumerable<ManifestProblem> BaseIcons(XElement root, IconSource icons)
    {
        foreach (var (name, size) in new[] { ("IconUrl", AddinLayout.IconSize), ("HighResolutionIconUrl", AddinLayout.HighResolutionIconSize) })
        {
            var element = root.Element(App + name);
            if (element is null)
            {
                yield return new(XmlManifestValidator.Line(root), $"{name} is missing: admins and users see a blank icon");
                continue;
            }
            var problem = PixelProblem(element.Attribute("DefaultValue")?.Value, size, icons);
            if (problem is not null) yield return new(XmlManifestValidator.Line(element), problem);
        }
    }

    private static Dictionary<string, XElement> Resources(XElement overrides, XNamespace ns)
    {
        var found = new Dictionary<string, XElement>(StringComparer.Ordinal);
        var resources = overrides.Element(ns + "Resources");
        if (resources is null) return found;
        foreach (var resource in resources.Elements().Elements())
            found.TryAdd(resource.Attribute("id")?.Value ?? "", resource);
        return found;
    }

    private static IEnumerable<ManifestProblem> Check(XElement overrides, XNamespace ns, IReadOnlyDictionary<string, XElement> resources, IconSource icons)
    {
        var own = overrides.Element(ns + "Resources")?.Elements().Elements() ?? [];
        foreach (var duplicate in own.GroupBy(r => r.Attribute("id")?.Value).Where(g => g.Count() > 1))
            yield return new(XmlManifestValidator.Line(duplicate.Last()), $"resource id '{duplicate.Key}' is declared twice");

        // Only this level's own references: the nested 1.1 overrides are checked on their own.
        var references = overrides.Descendants().Where(e => e.Attribute("resid") is not null && OwnedBy(e, overrides));
        foreach (var reference in references)
        {
            var id = reference.Attribute("resid")!.Value;
            if (!resources.TryGetValue(id, out var resource))
            {
                yield return new(XmlManifestValidator.Line(reference), $"resid '{id}' refers to no resource in Resources");
                continue;
            }
            if (reference.Name == BasicTypes + "Image" && reference.Attribute("size") is { } size)
            {
                var problem = PixelProblem(resource.Attribute("DefaultValue")?.Value, int.Parse(size.Value), icons);
                if (problem is not null) yield return new(XmlManifestValidator.Line(reference), problem);
            }
        }
        foreach (var icon in overrides.Descendants(ns + "Icon").Where(i => OwnedBy(i, overrides)))
        {
            var sizes = icon.Elements(BasicTypes + "Image").Select(i => (int?)i.Attribute("size") ?? 0).ToHashSet();
            var missing = AddinLayout.ButtonIconSizes.Where(s => !sizes.Contains(s)).ToList();
            if (missing.Count > 0)
                yield return new(XmlManifestValidator.Line(icon), $"button icon needs sizes 16, 32 and 80; missing {string.Join(", ", missing)}");
        }
    }

    private static bool OwnedBy(XElement element, XElement overrides) =>
        element.Ancestors().First(a => a.Name.LocalName == "VersionOverrides") == overrides;

    private static string? PixelProblem(string? url, int size, IconSource icons)
    {
        if (url is null || !icons.HasAssets) return null;
        return PngSize.Problem(icons.Asset(url), url, size);
    }
}
