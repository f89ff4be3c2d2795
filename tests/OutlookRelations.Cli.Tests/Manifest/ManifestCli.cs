using OutlookRelations.Cli.Manifest;

namespace OutlookRelations.Cli.Tests.Manifest;

/// <summary>Runs the manifest command in-process and captures what it prints.</summary>
internal static class ManifestCli
{
    public const string Host = "https://relations.contoso.example";
    public const string AppId = "3f1c9a52-7d4e-4b8a-9c1d-2e5f6a7b8c9d";

    public static (int Code, string Output, string Errors) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = ManifestCommand.Run(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    /// <summary>The icons the server serves, from the task pane's public/assets.</summary>
    public static string AssetsFolder =>
        Path.Combine(RepositoryPaths.Root ?? throw new InvalidOperationException("run from the repository"),
            "src", "OutlookRelations.TaskPane", "public", "assets");
}
