namespace OutlookRelations.Testing;

/// <summary>
/// Where the repository and ../shared/data are, found by walking up from the running assembly to
/// OutlookRelations.sln. Shared by the test projects and the benchmarks (no test framework here).
/// </summary>
public static class RepositoryPaths
{
    public static string? Root { get; } = FindRoot();

    /// <summary>../shared/data beside the repository, or null when it is absent.</summary>
    public static string? SharedData { get; } =
        Root is null ? null : Path.GetFullPath(Path.Combine(Root, "..", "shared", "data")) is var data && Directory.Exists(data) ? data : null;

    /// <summary>A path under ../shared/data, or null when it is absent.</summary>
    public static string? SharedDataPath(string relative) =>
        SharedData is null ? null : Path.Combine(SharedData, relative) is var path && (Directory.Exists(path) || File.Exists(path)) ? path : null;

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutlookRelations.sln"))) return dir.FullName;
        }
        return null;
    }
}
