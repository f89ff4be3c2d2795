using System.Text;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Messages;

namespace OutlookRelations.Memory.Tests.Cleaning;

public sealed class MimeReaderTests
{
    private const string Headers = "Message-ID: <m1@example>\nDate: Wed, 4 Apr 2001 09:30:00 -0500\nFrom: Ana Lopez <ana@contoso.example>\nTo: ben@fabrikam.example\nSubject: Hi\n";

    [Fact]
    public void Reads_participants_dates_and_the_message_id_with_brackets()
    {
        var message = Mail.Parse(Headers + "Cc: \"Carter, Ben\" <b2@x.example>, m..presto@enron.com\n\nHello.");

        Assert.Equal("<m1@example>", message.MessageId);
        Assert.Equal(new Participant("ana@contoso.example", "Ana Lopez"), message.From);
        Assert.Equal("ben@fabrikam.example", Assert.Single(message.To).Address);
        Assert.Equal(["b2@x.example", "m..presto@enron.com"], message.Cc.Select(c => c.Address));
        Assert.Equal(Mail.Sent, message.SentAt);
        Assert.False(message.BodyIsHtml);
    }

    [Fact]
    public void A_message_with_no_body_yields_nothing_and_does_not_fail()
    {
        var message = Mail.Parse(Headers + "\n");
        Assert.Equal("", message.Body);
        Assert.Empty(new ArtifactExtractor().Extract(message));
    }

    [Fact]
    public void Invalid_bytes_are_decoded_with_replacements_not_errors()
    {
        var bytes = Encoding.ASCII.GetBytes((Headers + "Content-Type: text/plain; charset=utf-8\n\nMy daughter ").ReplaceLineEndings("\r\n"))
            .Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE }).Concat(Encoding.ASCII.GetBytes(" graduates on June 3rd.\r\n")).ToArray();

        var message = MimeReader.Read(new MemoryStream(bytes));
        var artifacts = new ArtifactExtractor().Extract(message);

        Assert.Contains("graduates", message.Body, StringComparison.Ordinal);
        Assert.Contains(artifacts, a => a.Kind == ArtifactKind.Family);
    }

    [Fact]
    public void A_five_megabyte_body_is_read_and_capped()
    {
        var body = "We are off to Lisbon on vacation next week.\n" + new string('x', 5 * 1024 * 1024);
        var message = Mail.Parse(Headers + "\n" + body);

        Assert.Equal(MimeReader.MaxBodyChars, message.Body.Length);
        Assert.Contains(new ArtifactExtractor().Extract(message), a => a.Kind == ArtifactKind.Travel);
    }

    [Fact]
    public void Non_english_text_is_read_and_yields_nothing_it_does_not_understand()
    {
        var message = Mail.Parse(Headers + "Content-Type: text/plain; charset=utf-8\n\nCzwartek mi odpowiada. Zadzwonię do Ciebie do pracy we wtorek. 来週の金曜日に会いましょう。");
        Assert.Contains("Zadzwonię", message.Body, StringComparison.Ordinal);
        Assert.Empty(new ArtifactExtractor().Extract(message));
    }

    [Theory]
    [InlineData("this is not a message at all")]
    [InlineData("Subject: no sender\n\nbody")]
    public void Files_that_are_not_messages_are_refused_with_a_reason(string raw)
    {
        var e = Assert.Throws<MailFormatException>(() => Mail.Parse(raw));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }
}
