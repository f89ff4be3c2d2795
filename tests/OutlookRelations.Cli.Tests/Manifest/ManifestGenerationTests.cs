using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using OutlookRelations.Cli.Manifest;
using OutlookRelations.Cli.Manifest.Validation;

namespace OutlookRelations.Cli.Tests.Manifest;

public sealed class ManifestGenerationTests : IDisposable
{
    private static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Mail11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";
    private readonly string _out = Directory.CreateTempSubdirectory("manifest-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    private void Generate() =>
        Assert.Equal(0, ManifestCli.Run("--host", ManifestCli.Host, "--app-id", ManifestCli.AppId, "--out", _out).Code);

    [Fact]
    public void Writes_both_manifests_the_icons_and_the_app_package()
    {
        var (code, output, errors) = ManifestCli.Run("--host", ManifestCli.Host, "--app-id", ManifestCli.AppId, "--out", _out);

        Assert.True(code == 0, errors);
        foreach (var name in new[] { "manifest.xml", "manifest.json", "color.png", "outline.png", "outlookrelations-app.zip" })
        {
            Assert.True(File.Exists(Path.Combine(_out, name)), name);
            Assert.Contains(name, output);
        }
        using var zip = ZipFile.OpenRead(Path.Combine(_out, "outlookrelations-app.zip"));
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public void The_generated_xml_manifest_passes_the_schemas_and_every_rule_including_icon_pixel_sizes()
    {
        Generate();

        var problems = ManifestValidator.ValidateFile(Path.Combine(_out, "manifest.xml"), ManifestCli.AssetsFolder);

        Assert.Empty(problems);
    }

    [Fact]
    public void The_generated_unified_manifest_passes_as_a_file_and_as_the_zipped_package()
    {
        Generate();

        Assert.Empty(ManifestValidator.ValidateFile(Path.Combine(_out, "manifest.json"), ManifestCli.AssetsFolder));
        Assert.Empty(ManifestValidator.ValidateFile(Path.Combine(_out, "outlookrelations-app.zip"), ManifestCli.AssetsFolder));
    }

    [Fact]
    public void Xml_manifest_declares_the_pane_on_read_and_compose_pinnable_with_sso_and_honest_requirement_sets()
    {
        Generate();
        var root = XDocument.Load(Path.Combine(_out, "manifest.xml")).Root!;
        var xsi = XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance");

        Assert.Equal("MailApp", (string?)root.Attribute(xsi + "type"));
        Assert.Equal(ManifestCli.AppId, root.Element(App + "Id")!.Value);
        Assert.Equal("1.1", root.Descendants(App + "Set").Single().Attribute("MinVersion")!.Value);
        var surfaces = root.Descendants(Mail11 + "ExtensionPoint").Select(e => (string?)e.Attribute(xsi + "type"));
        Assert.Equal(["MessageReadCommandSurface", "MessageComposeCommandSurface", "AppointmentAttendeeCommandSurface", "AppointmentOrganizerCommandSurface"], surfaces);
        Assert.All(root.Descendants(Mail11 + "SupportsPinning"), p => Assert.Equal("true", p.Value));
        Assert.Equal(2, root.Descendants(Mail11 + "SupportsPinning").Count()); // mail only
        Assert.Equal(["Message Read", "Message Edit", "Appointment Read", "Appointment Edit"],
            root.Descendants(App + "Rule").Where(r => (string?)r.Attribute("ItemType") is not null).Select(r => $"{r.Attribute("ItemType")!.Value} {r.Attribute("FormType")!.Value}"));
        var sso = root.Descendants(Mail11 + "WebApplicationInfo").Single();
        Assert.Equal(ManifestCli.AppId, sso.Element(Mail11 + "Id")!.Value);
        Assert.Equal($"api://relations.contoso.example/{ManifestCli.AppId}", sso.Element(Mail11 + "Resource")!.Value);
        Assert.Contains($"{ManifestCli.Host}/taskpane.html", root.ToString());
    }

    [Fact]
    public void Both_manifests_come_from_one_set_of_inputs()
    {
        ManifestCli.Run("--host", "https://crm.fabrikam.example", "--app-id", ManifestCli.AppId, "--version", "2.3.4", "--out", _out);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(_out, "manifest.json")))!;
        var xml = XDocument.Load(Path.Combine(_out, "manifest.xml")).Root!;

        Assert.Equal("2.3.4", (string?)json["version"]);
        Assert.Equal("2.3.4", xml.Element(App + "Version")!.Value);
        Assert.Equal((string?)json["webApplicationInfo"]!["resource"], xml.Descendants(Mail11 + "Resource").Single().Value);
        Assert.Equal("https://crm.fabrikam.example/taskpane.html", (string?)json["extensions"]![0]!["runtimes"]![0]!["code"]!["page"]);
        Assert.DoesNotContain("contoso", File.ReadAllText(Path.Combine(_out, "manifest.xml")));
    }

    [Theory]
    [InlineData("http://relations.contoso.example", ManifestCli.AppId, "https")]
    [InlineData("https://relations.contoso.example/app", ManifestCli.AppId, "origin only")]
    [InlineData("relations.contoso.example", ManifestCli.AppId, "https")]
    [InlineData(ManifestCli.Host, "not-a-guid", "not a GUID")]
    [InlineData(ManifestCli.Host, "00000000-0000-0000-0000-000000000000", "not a GUID")]
    public void Bad_inputs_are_refused_with_a_sentence_and_nothing_is_written(string host, string appId, string expected)
    {
        var (code, _, errors) = ManifestCli.Run("--host", host, "--app-id", appId, "--out", _out);

        Assert.Equal(2, code);
        Assert.Contains(expected, errors);
        Assert.Empty(Directory.GetFiles(_out));
    }

    [Fact]
    public void Missing_app_id_and_unknown_options_are_usage_errors()
    {
        Assert.Contains("--app-id is required", ManifestCli.Run("--host", ManifestCli.Host).Errors);
        Assert.Contains("unexpected '--colour'", ManifestCli.Run("--colour", "blue").Errors);
        Assert.Contains("must be three numbers", ManifestCli.Run("--host", ManifestCli.Host, "--app-id", ManifestCli.AppId, "--version", "1.0.0.0.1").Errors);
    }
}
