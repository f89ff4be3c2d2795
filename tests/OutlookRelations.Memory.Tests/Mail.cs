using System.Text;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Messages;

namespace OutlookRelations.Memory.Tests;

/// <summary>Small messages written for the tests, and a shortcut to extract from them.</summary>
internal static class Mail
{
    public const string Writer = "ana@contoso.example";
    public const string Reader = "ben@fabrikam.example";
    public static readonly DateTimeOffset Sent = new(2001, 4, 4, 9, 30, 0, TimeSpan.FromHours(-5)); // a Wednesday

    public static MailMessage Message(string body, bool html = false, string? to = Reader, params string[] cc) => new(
        "<test@example>",
        new Participant(Writer, "Ana Lopez"),
        to is null ? [] : [new Participant(to, "Ben Carter")],
        [.. cc.Select(c => new Participant(c, ""))],
        Sent, "Hello", body, html);

    public static IReadOnlyList<Artifact> Extract(string body, string? to = Reader, params string[] cc) =>
        new ArtifactExtractor().Extract(Message(body, to: to, cc: cc));

    public static MailMessage Parse(string raw) =>
        MimeReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(raw.ReplaceLineEndings("\r\n"))));
}
