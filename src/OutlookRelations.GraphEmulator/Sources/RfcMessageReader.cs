using System.Security.Cryptography;
using System.Text;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.Memory.Messages;

namespace OutlookRelations.GraphEmulator.Sources;

/// <summary>Turns one raw RFC 822 file into a Graph message, as Exchange would show it.</summary>
public static class RfcMessageReader
{
    /// <summary>Returns null for a file that is not a readable message.</summary>
    public static EmulatedMessage? TryRead(string path, string idKey)
    {
        MailMessage mail;
        try
        {
            using var stream = File.OpenRead(path);
            mail = MimeReader.Read(stream);
        }
        catch (MailFormatException)
        {
            return null;
        }
        var sent = mail.SentAt == DateTimeOffset.MinValue ? new DateTimeOffset(File.GetLastWriteTimeUtc(path)) : mail.SentAt;
        return new EmulatedMessage
        {
            Id = StableId.For("AAMkAD", "file:" + idKey),
            // Exchange gives every message an internetMessageId; synthesise one when the header is missing.
            InternetMessageId = mail.MessageId.Length == 0 ? $"<{StableId.Guid(idKey)}@emulator.invalid>" : mail.MessageId,
            ConversationId = ConversationIdFor(mail.Subject),
            Subject = mail.Subject,
            From = Address(mail.From),
            To = [.. mail.To.Select(Address)],
            Cc = [.. mail.Cc.Select(Address)],
            Bcc = [.. mail.Bcc.Select(Address)],
            SentDateTime = sent.ToUniversalTime(),
            ReceivedDateTime = sent.ToUniversalTime(),
            BodyContentType = mail.BodyIsHtml ? "html" : "text",
            BodyContent = mail.Body,
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

    private static EmailAddress Address(Participant p) => new(p.Name, p.Address);
}
