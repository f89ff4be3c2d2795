using System.Xml.Linq;
using OutlookRelations.Cli.Manifest;
using OutlookRelations.Cli.Manifest.Validation;

namespace OutlookRelations.TaskPane.Tests;

/// <summary>Every URL a generated manifest points at is really served by the server, icons at their declared size.</summary>
[Collection(nameof(PaneCollection))]
public sealed class ServedManifestTargetsTests(PaneFixture pane)
{
    [Fact]
    public async Task The_pane_icons_privacy_and_terms_pages_the_manifest_names_are_served()
    {
        var manifest = XmlManifest.Build(AddinInputs.Parse("https://relations.contoso.example", "3f1c9a52-7d4e-4b8a-9c1d-2e5f6a7b8c9d", null));
        var urls = manifest.Descendants().Attributes("DefaultValue").Select(a => a.Value)
            .Where(v => v.StartsWith("https://", StringComparison.Ordinal)).Select(v => new Uri(v)).Distinct().ToList();
        using var http = new HttpClient { BaseAddress = pane.BaseAddress };

        Assert.Contains(urls, u => u.AbsolutePath == "/taskpane.html");
        foreach (var url in urls)
        {
            using var response = await http.GetAsync(url.AbsolutePath);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url.AbsolutePath}: {response.StatusCode}");
            if (url.AbsolutePath.EndsWith(".png", StringComparison.Ordinal))
            {
                var size = PngSize.Read(await response.Content.ReadAsByteArrayAsync());
                var declared = int.Parse(url.AbsolutePath.Split('-', '.')[^2]);
                Assert.Equal((declared, declared), size);
            }
        }
    }
}
