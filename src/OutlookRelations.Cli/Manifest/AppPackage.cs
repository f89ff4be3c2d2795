using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace OutlookRelations.Cli.Manifest;

/// <summary>
/// Writes everything an admin uploads: manifest.xml (the XML add-in manifest), and the unified
/// manifest as manifest.json with its two icons plus the same three files zipped as the app package.
/// </summary>
internal static class AppPackage
{
    public const string XmlFile = "manifest.xml";
    public const string JsonFile = "manifest.json";
    public const string ZipFile = "outlookrelations-app.zip";

    public static IReadOnlyList<string> Write(AddinInputs inputs, string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>
        {
            WriteFile(directory, XmlFile, XmlText(XmlManifest.Build(inputs))),
            WriteFile(directory, JsonFile, JsonText(inputs)),
            WriteFile(directory, AddinLayout.ColorIconFile, Icon(AddinLayout.ColorIconFile)),
            WriteFile(directory, AddinLayout.OutlineIconFile, Icon(AddinLayout.OutlineIconFile)),
        };
        var zipPath = Path.Combine(directory, ZipFile);
        File.Delete(zipPath);
        using (var zip = System.IO.Compression.ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            foreach (var name in new[] { JsonFile, AddinLayout.ColorIconFile, AddinLayout.OutlineIconFile })
                zip.CreateEntryFromFile(Path.Combine(directory, name), name, CompressionLevel.Optimal);
        }
        written.Add(zipPath);
        return written;
    }

    /// <summary>Byte-stable text, so a regenerated manifest diffs cleanly against the committed one.</summary>
    public static byte[] XmlText(XDocument document)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings)) document.Save(writer);
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    public static byte[] JsonText(AddinInputs inputs)
    {
        var json = UnifiedManifest.Build(inputs).ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        return Encoding.UTF8.GetBytes(json.ReplaceLineEndings("\n") + "\n");
    }

    private static string WriteFile(string directory, string name, byte[] content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>The package icons are embedded from the task pane's public/assets at build time.</summary>
    private static byte[] Icon(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Icons.{name}")
            ?? throw new InvalidOperationException($"The {name} icon is not embedded in this build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
