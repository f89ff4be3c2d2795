namespace OutlookRelations.Testing;

/// <summary>
/// Finds ../shared/data beside the repository root. Tests that need it skip with a message when it
/// is absent (a fork or a machine without the corpus), and never fail for that alone.
/// </summary>
public static class SharedData
{
    public static string? Root { get; } = Find();

    public static string? PathTo(string relative) =>
        Root is null ? null : System.IO.Path.Combine(Root, relative) is var path && (Directory.Exists(path) || File.Exists(path)) ? path : null;

    public static string SkipReason(string relative) =>
        $"../shared/data/{relative} is not present beside the repository; this test needs that real data and is skipped.";

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(System.IO.Path.Combine(dir.FullName, "OutlookRelations.sln"))) continue;
            var data = System.IO.Path.Combine(dir.FullName, "..", "shared", "data");
            return Directory.Exists(data) ? System.IO.Path.GetFullPath(data) : null;
        }
        return null;
    }
}

/// <summary>A fact that is skipped, with a message, when a piece of ../shared/data is missing.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        if (SharedData.PathTo(relativePath) is null) Skip = SharedData.SkipReason(relativePath);
    }
}
