using System.IO.Compression;
using System.Text.Json.Nodes;

namespace OutlookRelations.Cli.Tests.Manifest;

/// <summary>
/// Deliberately broken manifests: each must fail `manifest validate` with exit 1 and a line that
/// names the problem. Each starts from a freshly generated, valid manifest and breaks one thing.
/// </summary>
public sealed class BrokenManifestTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("broken-").FullName;

    public BrokenManifestTests() =>
        Assert.Equal(0, ManifestCli.Run("--host", ManifestCli.Host, "--app-id", ManifestCli.AppId, "--out", _out).Code);

    public void Dispose() => Directory.Delete(_out, recursive: true);

    private string Xml => Path.Combine(_out, "manifest.xml");
    private string Json => Path.Combine(_out, "manifest.json");

    private (int Code, string Output) Validate(string path, params string[] extra)
    {
        var (code, output, _) = ManifestCli.Run(["validate", path, .. extra]);
        return (code, output);
    }

    [Theory]
    [InlineData("<Permissions>ReadItem</Permissions>", "<Permissions>FullAccess</Permissions>", "Permissions")]
    [InlineData("<SupportsPinning>true</SupportsPinning>", "<SupportsPinning>yes</SupportsPinning>", "SupportsPinning")]
    [InlineData("<DefaultLocale>en-US</DefaultLocale>", "", "DefaultLocale")]
    [InlineData("xsi:type=\"MessageReadCommandSurface\"", "xsi:type=\"MessageReadSurface\"", "MessageReadSurface")]
    [InlineData("<RequestedHeight>250</RequestedHeight>", "<RequestedHeight>900</RequestedHeight>", "RequestedHeight")]
    [InlineData("<Id>3f1c9a52-7d4e-4b8a-9c1d-2e5f6a7b8c9d</Id>", "<Id>contoso-addin</Id>", "Id")]
    [InlineData("<Hosts>\n    <Host Name=\"Mailbox\" />\n  </Hosts>", "<Hosts>\n    <Host Name=\"Mailbox\" />\n  </Hosts>\n  <Unexpected />", "Unexpected")]
    public void Schema_violations_are_reported_with_their_line(string find, string replace, string expected)
    {
        Break(Xml, find, replace);

        var (code, output) = Validate(Xml);

        Assert.Equal(1, code);
        Assert.Matches(@"line \d+: schema: .*" + expected, output);
    }

    [Fact]
    public void Elements_out_of_the_schema_order_fail()
    {
        var text = File.ReadAllText(Xml);
        var version = "  <Version>1.0.0</Version>\n";
        File.WriteAllText(Xml, text.Replace(version, "").Replace("  <DefaultLocale>", version + "  <DefaultLocale>"));

        Assert.Equal(1, Validate(Xml).Code);
    }

    [Fact]
    public void Plain_http_and_a_second_host_are_named()
    {
        Break(Xml, "https://relations.contoso.example/assets/icon-64.png", "http://cdn.elsewhere.example/icon-64.png");

        var (code, output) = Validate(Xml);

        Assert.Equal(1, code);
        Assert.Contains("must use https", output);
        Assert.Contains("is on cdn.elsewhere.example, but the add-in is served from relations.contoso.example", output);
    }

    [Fact]
    public void A_resource_reference_to_nothing_and_a_missing_icon_size_are_named()
    {
        Break(Xml, "resid=\"Button.Tooltip\"", "resid=\"Button.Tip\"");
        Break(Xml, "<bt:Image size=\"80\" resid=\"Icon.80x80\" />", "<bt:Image size=\"48\" resid=\"Icon.80x80\" />");

        var (_, output) = Validate(Xml);

        Assert.Contains("resid 'Button.Tip' refers to no resource", output);
        Assert.Contains("needs sizes 16, 32 and 80; missing 80", output);
    }

    [Fact]
    public void An_sso_resource_for_another_app_is_named()
    {
        Break(Xml, $"api://relations.contoso.example/{ManifestCli.AppId}", "api://relations.contoso.example/11111111-2222-3333-4444-555555555555");

        Assert.Contains("does not match the host and app id", Validate(Xml).Output);
    }

    [Fact]
    public void Icons_of_the_wrong_pixel_size_are_caught_when_the_served_icons_are_given()
    {
        var assets = Directory.CreateDirectory(Path.Combine(_out, "assets")).FullName;
        foreach (var file in Directory.GetFiles(ManifestCli.AssetsFolder)) File.Copy(file, Path.Combine(assets, Path.GetFileName(file)));
        File.Copy(Path.Combine(assets, "icon-16.png"), Path.Combine(assets, "icon-80.png"), overwrite: true);

        var (code, output) = Validate(Xml, "--assets", assets);

        Assert.Equal(1, code);
        Assert.Contains("icon-80.png' is 16x16 pixels; it must be 80x80", output);
    }

    [Fact]
    public void Unified_manifest_schema_and_rule_violations_are_reported_by_json_path()
    {
        var json = JsonNode.Parse(File.ReadAllText(Json))!;
        json["name"]!["short"] = new string('x', 31);
        json["accentColor"] = "blue";
        json["developer"]!["privacyUrl"] = "http://relations.contoso.example/privacy.html";
        json["extensions"]![0]!["ribbons"]![0]!["tabs"]![0]!["groups"]![0]!["controls"]![0]!["actionId"] = "nothing";
        File.WriteAllText(Json, json.ToJsonString());

        var (code, output) = Validate(Json);

        Assert.Equal(1, code);
        Assert.Contains("$.name.short: schema: string too long", output);
        Assert.Contains("$.accentColor: schema: pattern mismatch", output);
        Assert.Contains("$.developer.privacyUrl: 'http://relations.contoso.example/privacy.html' must use https", output);
        Assert.Contains("actionId 'nothing' names no action", output);
    }

    [Fact]
    public void Package_icons_missing_or_of_the_wrong_size_are_caught()
    {
        File.Delete(Path.Combine(_out, "outline.png"));
        File.Copy(Path.Combine(ManifestCli.AssetsFolder, "icon-64.png"), Path.Combine(_out, "color.png"), overwrite: true);

        var output = Validate(Json).Output;

        Assert.Contains("icon 'outline.png' is missing", output);
        Assert.Contains("icon 'color.png' is 64x64 pixels; it must be 192x192", output);
    }

    [Fact]
    public void A_zip_without_a_manifest_and_a_file_that_is_not_a_zip_are_refused()
    {
        var empty = Path.Combine(_out, "empty.zip");
        using (ZipFile.Open(empty, ZipArchiveMode.Create)) { }
        var fake = Path.Combine(_out, "fake.zip");
        File.WriteAllText(fake, "not a zip");

        Assert.Contains("no manifest.json", Validate(empty).Output);
        Assert.Contains("not a readable zip", Validate(fake).Output);
        Assert.Contains("no such file", Validate(Path.Combine(_out, "absent.xml")).Output);
        Assert.Contains("not well-formed XML", Validate(WriteText("broken.xml", "<OfficeApp>")).Output);
    }

    private string WriteText(string name, string text)
    {
        var path = Path.Combine(_out, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static void Break(string path, string find, string replace)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace));
    }
}
