using System.Reflection;
using System.Xml;
using System.Xml.Schema;
using NJsonSchema;

namespace OutlookRelations.Cli.Manifest.Validation;

/// <summary>
/// The schemas manifests are checked against, embedded in the CLI so validation works offline.
/// They are our own subsets written from Microsoft's published schemas: Manifest/Schemas/README.md.
/// </summary>
internal static class ManifestSchemas
{
    private static readonly string[] XmlSchemaFiles =
    [
        "OfficeAppBasicTypesV1_0.xsd",
        "MailAppVersionOverridesV1_1.xsd",
        "MailAppVersionOverridesV1_0.xsd",
        "OfficeAppManifestV1_1.xsd",
    ];

    private static readonly Lazy<XmlSchemaSet> XmlSet = new(LoadXml);
    private static readonly Lazy<JsonSchema> Json = new(() =>
        JsonSchema.FromJsonAsync(ReadText("UnifiedManifestV1_17.schema.json")).GetAwaiter().GetResult());

    public static XmlSchemaSet Xml => XmlSet.Value;
    public static JsonSchema Unified => Json.Value;

    private static XmlSchemaSet LoadXml()
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        foreach (var file in XmlSchemaFiles)
        {
            using var reader = XmlReader.Create(new StringReader(ReadText(file)), new XmlReaderSettings { XmlResolver = null });
            set.Add(XmlSchema.Read(reader, (_, e) => throw new InvalidOperationException($"{file}: {e.Message}"))
                ?? throw new InvalidOperationException($"{file} is not a schema."));
        }
        set.Compile();
        return set;
    }

    private static string ReadText(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Schemas.{file}")
            ?? throw new InvalidOperationException($"The schema {file} is not embedded in this build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
