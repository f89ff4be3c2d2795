using OutlookRelations.Memory.Messages;

namespace OutlookRelations.Memory.Cleaning;

/// <summary>
/// A message read once: its whole text (HTML converted) and just what its author wrote. Extraction
/// and question-spotting both start from here, so neither cleans the same body again.
/// </summary>
public sealed record AuthoredMessage(MailMessage Message, string FullText, string Authored)
{
    public static AuthoredMessage Read(MailMessage message)
    {
        var text = message.BodyIsHtml ? HtmlToText.Convert(message.Body) : message.Body;
        return new AuthoredMessage(message, text, AuthoredText.Extract(text));
    }
}
