using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using static OutlookRelations.Cli.Manifest.ManifestNamespaces;

namespace OutlookRelations.Cli.Manifest.Validation;

/// <summary>
/// Checks an XML add-in manifest: the schema first, then what a schema cannot say (one https host,
/// ids, resource references that resolve, the three ribbon icon sizes, and pixel sizes when the
/// icon files are at hand).
/// </summary>
internal static class XmlManifestValidator
{
    public static IReadOnlyList<ManifestProblem> Validate(string text, IconSource icons)
    {
        var problems = SchemaProblems(text);
        XDocument document;
        try
        {
            document = XDocument.Parse(text, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return [new($"line {e.LineNumber}", $"not well-formed XML: {e.Message}")];
        }
        if (document.Root?.Name != App + "OfficeApp")
            return [.. problems, new("line 1", "the root element must be OfficeApp in the appforoffice/1.1 namespace")];

        problems.AddRange(UrlRules.OneHttpsHost(Urls(document)));
        problems.AddRange(IdProblems(document));
        problems.AddRange(XmlResourceRules.Problems(document, icons));
        return problems;
    }

    private static List<ManifestProblem> SchemaProblems(string text)
    {
        var problems = new List<ManifestProblem>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = ManifestSchemas.Xml,
            XmlResolver = null,
            DtdProcessing = DtdProcessing.Prohibit,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
        };
        settings.ValidationEventHandler += (_, e) =>
            problems.Add(new($"line {e.Exception.LineNumber}", $"schema: {e.Message}"));
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            while (reader.Read()) { }
        }
        catch (XmlException e)
        {
            problems.Add(new($"line {e.LineNumber}", $"not well-formed XML: {e.Message}"));
        }
        return problems;
    }

    /// <summary>Every URL in the manifest: DefaultValue/Value attributes that look like URLs, and AppDomain.</summary>
    private static IEnumerable<(string, string)> Urls(XDocument document)
    {
        foreach (var attribute in document.Descendants().Attributes())
        {
            if (attribute.Name.LocalName is "DefaultValue" or "Value" && LooksLikeUrl(attribute.Value))
                yield return (Line(attribute.Parent!), attribute.Value);
        }
        foreach (var domain in document.Descendants(App + "AppDomain")) yield return (Line(domain), domain.Value.Trim());
    }

    private static bool LooksLikeUrl(string value) => value.Contains("://", StringComparison.Ordinal);

    private static IEnumerable<ManifestProblem> IdProblems(XDocument document)
    {
        var root = document.Root!;
        var id = root.Element(App + "Id");
        foreach (var problem in UrlRules.Guid(Line(id), id?.Value.Trim('{', '}'))) yield return problem;

        var sso = root.Descendants(Overrides11 + "WebApplicationInfo").FirstOrDefault();
        if (sso is null)
        {
            yield return new(Line(root), "no WebApplicationInfo: the pane cannot get a token for the server (single sign-on)");
            yield break;
        }
        var appId = sso.Element(Overrides11 + "Id")?.Value.Trim('{', '}');
        foreach (var problem in UrlRules.Guid(Line(sso), appId)) yield return problem;
        var pane = root.Descendants(BasicTypes + "Url").FirstOrDefault()?.Attribute("DefaultValue")?.Value;
        var resource = sso.Element(Overrides11 + "Resource");
        foreach (var problem in UrlRules.SsoResource(Line(resource), resource?.Value, appId, UrlRules.HostOf(pane)))
            yield return problem;
    }

    internal static string Line(XObject? node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? $"line {info.LineNumber}" : "manifest";
}
