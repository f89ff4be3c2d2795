namespace OutlookRelations.Testing;

/// <summary>
/// ../shared/data for tests. Tests that need it skip with a message when it is absent (a fork or a
/// machine without the corpus), and never fail for that alone.
/// </summary>
public static class SharedData
{
    public static string? Root => RepositoryPaths.SharedData;

    public static string? PathTo(string relative) => RepositoryPaths.SharedDataPath(relative);

    public static string SkipReason(string relative) =>
        $"../shared/data/{relative} is not present beside the repository; this test needs that real data and is skipped.";
}

/// <summary>A fact that is skipped, with a message, when a piece of ../shared/data is missing.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        if (SharedData.PathTo(relativePath) is null) Skip = SharedData.SkipReason(relativePath);
    }
}
