using System.Security.Cryptography;
using System.Text;
using MimeKit;
using OutlookRelations.GraphEmulator.Model;

namespace OutlookRelations.GraphEmulator.Sources;

/// <summary>Turns one raw RFC 822 file into a Graph message, as Exchange would show it.</summary>
public static class RfcMessageReader
{
    // Real mail breaks the RFCs ("m..presto@enron.com"); Exchange accepts it, and so must we.
    private static readonly ParserOptions Lenient = CreateLenientOptions();

    /// <summary>Returns null for a file MimeKit cannot parse or that has no sender.</summary>
    public static EmulatedMessage? TryRead(string path, string idKey)
    {
        MimeMessage mime;
        try
        {
            mime = MimeMessage.Load(Lenient, path);
        }
        catch (FormatException)
        {
            return null;
        }
        var from = mime.From.Mailboxes.Select(Address).FirstOrDefault() ?? RawFrom(mime);
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
            From = from,
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

    // Even the looser parser rejects some senders ("legal <.hall@enron.com>"); Exchange would still
    // show them, so take the address between the angle brackets, or the bare text, as written.
    private static EmailAddress? RawFrom(MimeMessage mime)
    {
        var raw = mime.Headers[HeaderId.From]?.Trim();
        if (string.IsNullOrEmpty(raw)) return null;
        var open = raw.LastIndexOf('<');
        var close = raw.LastIndexOf('>');
        var address = open >= 0 && close > open ? raw[(open + 1)..close].Trim() : raw;
        if (!address.Contains('@') || address.Contains(' ')) return null;
        var name = open > 0 ? raw[..open].Trim().Trim('"') : "";
        return new EmailAddress(name, address.ToLowerInvariant());
    }

    private static ParserOptions CreateLenientOptions()
    {
        var options = ParserOptions.Default.Clone();
        options.AddressParserComplianceMode = RfcComplianceMode.Looser;
        options.AllowAddressesWithoutDomain = false;
        return options;
    }

    private static EmailAddress Address(MailboxAddress a) => new(a.Name ?? "", a.Address.ToLowerInvariant());

    private static IReadOnlyList<EmailAddress> Addresses(InternetAddressList list) =>
        [.. list.Mailboxes.Where(m => m.Address.Contains('@')).Select(Address)];
}
