using OutlookRelations.Memory.Cleaning;

namespace OutlookRelations.Memory.Tests.Cleaning;

public sealed class HtmlToTextTests
{
    [Fact]
    public void Blocks_become_lines_entities_decode_and_scripts_and_quotes_vanish()
    {
        const string html = """
            <html><head><style>p{color:red}</style><script>alert(1)</script></head><body>
            <p>Hi&nbsp;Ben,</p><div>My daughter&#39;s recital is on Friday &amp; I&rsquo;m nervous.</div>
            <blockquote>Quoted: my son got married.</blockquote>
            <div class="gmail_quote">On Mon, Ben wrote: my wife is ill.</div>
            </body></html>
            """;

        var text = HtmlToText.Convert(html);

        Assert.Contains("Hi Ben,\n", text, StringComparison.Ordinal);
        Assert.Contains("My daughter's recital is on Friday & I’m nervous.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", text, StringComparison.Ordinal);
        Assert.DoesNotContain("color:red", text, StringComparison.Ordinal);
        Assert.DoesNotContain("married", text, StringComparison.Ordinal);
        Assert.DoesNotContain("my wife", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_mail_yields_artifacts_from_its_text()
    {
        var html = "<html><body><p>Hi Ben,</p><p>We are taking the kids to Disney next week!</p><p>Ana</p></body></html>";
        var artifacts = new OutlookRelations.Memory.Extraction.ArtifactExtractor().Extract(Mail.Message(html, html: true));
        Assert.Contains(artifacts, a => a.Kind == OutlookRelations.Memory.Extraction.ArtifactKind.Travel && a.About == Mail.Writer);
    }
}
