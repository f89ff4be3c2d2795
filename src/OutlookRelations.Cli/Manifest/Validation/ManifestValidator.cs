using System.IO.Compression;
using System.Text;

namespace OutlookRelations.Cli.Manifest.Validation;

/// <summary>Validates a manifest file by its kind: .xml, .json (icons beside it) or the .zip app package.</summary>
internal static class ManifestValidator
{
    public static IReadOnlyList<ManifestProblem> ValidateFile(string path, string? assetsDirectory)
    {
        if (!File.Exists(path)) return [new(path, "no such file")];
        if (assetsDirectory is not null && !Directory.Exists(assetsDirectory))
            return [new(assetsDirectory, "--assets names no folder")];
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".xml":
                return XmlManifestValidator.Validate(File.ReadAllText(path), IconSource.Beside(path, assetsDirectory));
            case ".json":
                return UnifiedManifestValidator.Validate(File.ReadAllText(path), IconSource.Beside(path, assetsDirectory));
            case ".zip":
                return ValidatePackage(path, assetsDirectory);
            default:
                return [new(path, "expected a .xml manifest, a manifest.json or a .zip app package")];
        }
    }

    private static IReadOnlyList<ManifestProblem> ValidatePackage(string path, string? assetsDirectory)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var entry = zip.GetEntry(AppPackage.JsonFile);
            if (entry is null) return [new(path, "the app package has no manifest.json at its root")];
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            return UnifiedManifestValidator.Validate(reader.ReadToEnd(), IconSource.InZip(zip, assetsDirectory));
        }
        catch (InvalidDataException e)
        {
            return [new(path, $"not a readable zip file: {e.Message}")];
        }
    }
}
