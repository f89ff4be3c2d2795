using System.IO.Compression;

namespace OutlookRelations.Cli.Manifest.Validation;

/// <summary>
/// Where the validator finds icon files: inside the app package (the unified manifest's color and
/// outline icons, beside manifest.json or in the zip), and optionally a folder holding the icons the
/// server serves (--assets), looked up by the last segment of their URL.
/// </summary>
internal sealed class IconSource(Func<string, byte[]?> packageFile, string? assetsDirectory)
{
    public static IconSource None { get; } = new(_ => null, null);

    public bool HasAssets => assetsDirectory is not null;

    public byte[]? PackageFile(string name) => packageFile(name);

    public byte[]? Asset(string url)
    {
        if (assetsDirectory is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var path = Path.Combine(assetsDirectory, Path.GetFileName(uri.AbsolutePath));
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    public static IconSource Beside(string manifestPath, string? assetsDirectory)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;
        return new(name => SafeName(name) && File.Exists(Path.Combine(folder, name)) ? File.ReadAllBytes(Path.Combine(folder, name)) : null,
            assetsDirectory);
    }

    public static IconSource InZip(ZipArchive zip, string? assetsDirectory) =>
        new(name =>
        {
            var entry = zip.GetEntry(name);
            if (entry is null) return null;
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }, assetsDirectory);

    // Package icon names are relative file names; never let one walk out of the package folder.
    private static bool SafeName(string name) =>
        name.Length > 0 && !Path.IsPathRooted(name) && !name.Contains("..", StringComparison.Ordinal);
}
