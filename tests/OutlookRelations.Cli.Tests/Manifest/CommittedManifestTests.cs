using OutlookRelations.Cli.Manifest;

namespace OutlookRelations.Cli.Tests.Manifest;

/// <summary>
/// addin-manifest/ holds the manifests for local sideloading. They are generated, never hand-edited:
/// this test regenerates them from the inputs in addin-manifest/README.md and compares bytes.
/// </summary>
public sealed class CommittedManifestTests
{
    public const string SideloadHost = "https://localhost:5081";
    public const string SideloadAppId = "5b6f2d1e-8c3a-4f7b-9e2d-1a4c6b8d0e2f";

    [Fact]
    public void Committed_manifests_equal_the_generator_output()
    {
        var folder = Path.Combine(RepositoryPaths.Root!, "addin-manifest");
        var inputs = AddinInputs.Parse(SideloadHost, SideloadAppId, null);

        Assert.Equal(AppPackage.XmlText(XmlManifest.Build(inputs)), File.ReadAllBytes(Path.Combine(folder, "manifest.xml")));
        Assert.Equal(AppPackage.JsonText(inputs), File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
        Assert.Contains($"--host {SideloadHost} --app-id {SideloadAppId}", File.ReadAllText(Path.Combine(folder, "README.md")));
    }
}
