using System.Security.Cryptography;
using System.Text;
using MimeKit;
using OutlookRelations.GraphEmulator.Model;

namespace OutlookRelations.GraphEmulator.Sources;

/// <summary>Turns one raw RFC 822 file into a Graph message, as Exchange would show it.</summary>
public static class RfcMessageReader
{
    /// <summary>Returns null for a file MimeKit cannot parse or that has no sender.</summary>
    public static EmulatedMessage? TryRead(string path, string idKey)
    {
        MimeMessage mime;
        try
        {
            mime = MimeMessage.Load(path);
        }
        catch (FormatException)
        {
            return null;
        }
        var from = mime.From.Mailboxes.FirstOrDefault();
        if (from is null) return null;

        var sent = mime.Date == DateTimeOffset.MinValue ? File.GetLastWriteTimeUtc(path) : mime.Date;
        var html = mime.TextBody is null && mime.HtmlBody is not null;
        return new EmulatedMessage
        {
            Id = StableId.For("AAMkAD", "file:" + idKey),
            // Exchange gives every message an internetMessageId; synthesise one when the header is missing.
            InternetMessageId = string.IsNullOrEmpty(mime.MessageId) ? $"<{StableId.Guid(idKey)}@emulator.invalid>" : $"<{mime.MessageId}>",
            ConversationId = ConversationIdFor(mime.Subject),
            Subject = mime.Subject ?? "",
            From = Address(from),
            To = Addresses(mime.To),
            Cc = Addresses(mime.Cc),
            Bcc = Addresses(mime.Bcc),
            SentDateTime = sent.ToUniversalTime(),
            ReceivedDateTime = sent.ToUniversalTime(),
            BodyContentType = html ? "html" : "text",
            BodyContent = (html ? mime.HtmlBody : mime.TextBody) ?? "",
        };
    }

    /// <summary>Exchange threads by normalised subject ("RE: FW: x" joins "x"); so do we.</summary>
    public static string ConversationIdFor(string? subject)
    {
        var topic = (subject ?? "").Trim();
        while (true)
        {
            var colon = topic.IndexOf(':');
            if (colon is < 2 or > 4) break;
            var prefix = topic[..colon].Trim().ToUpperInvariant();
            if (prefix is not ("RE" or "FW" or "FWD" or "AW" or "WG" or "SV" or "TR")) break;
            topic = topic[(colon + 1)..].Trim();
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(topic.ToUpperInvariant()));
        return "AAQkAD" + Convert.ToHexString(hash.AsSpan(0, 16));
    }

    private static EmailAddress Address(MailboxAddress a) => new(a.Name ?? "", a.Address.ToLowerInvariant());

    private static IReadOnlyList<EmailAddress> Addresses(InternetAddressList list) =>
        [.. list.Mailboxes.Where(m => m.Address.Contains('@')).Select(Address)];
}
