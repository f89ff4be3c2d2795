using MimeKit;

namespace OutlookRelations.Memory.Messages;

/// <summary>
/// Reads RFC 822 messages with MimeKit, leniently: real mail breaks the RFCs ("m..presto@enron.com",
/// "legal &lt;.hall@enron.com&gt;") and Exchange still shows it, so we do too.
/// </summary>
public static class MimeReader
{
    /// <summary>Bodies beyond this are cut: personal details sit in what a person typed, near the top.</summary>
    public const int MaxBodyChars = 256 * 1024;

    private static readonly ParserOptions Lenient = CreateLenientOptions();

    /// <summary>Parses a message; throws <see cref="MailFormatException"/> when it is not one.</summary>
    public static MailMessage Read(Stream stream)
    {
        MimeMessage mime;
        try
        {
            mime = MimeMessage.Load(Lenient, stream);
        }
        catch (FormatException e)
        {
            throw new MailFormatException($"not an RFC 822 message: {e.Message}", e);
        }
        var from = mime.From.Mailboxes.Select(ToParticipant).FirstOrDefault() ?? RawFrom(mime)
            ?? throw new MailFormatException("the message has no readable From address");

        var html = mime.TextBody is null && mime.HtmlBody is not null;
        var body = (html ? mime.HtmlBody : mime.TextBody) ?? "";
        if (body.Length > MaxBodyChars) body = body[..MaxBodyChars];
        return new MailMessage(
            MessageId: string.IsNullOrEmpty(mime.MessageId) ? "" : $"<{mime.MessageId}>",
            From: from,
            To: Participants(mime.To),
            Cc: Participants(mime.Cc),
            SentAt: mime.Date,
            Subject: mime.Subject ?? "",
            Body: body,
            BodyIsHtml: html)
        {
            Bcc = Participants(mime.Bcc),
            Headers = BulkHeaders(mime),
        };
    }

    /// <summary>The headers <see cref="MailMessage.Headers"/> keeps.</summary>
    public static IReadOnlyList<string> KeptHeaders { get; } = ["list-id", "list-unsubscribe", "list-post", "precedence", "auto-submitted"];

    private static Dictionary<string, string> BulkHeaders(MimeMessage mime)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var header in mime.Headers)
        {
            var name = header.Field.ToLowerInvariant();
            if (KeptHeaders.Contains(name)) kept.TryAdd(name, header.Value.Trim());
        }
        return kept;
    }

    private static IReadOnlyList<Participant> Participants(InternetAddressList list) =>
        [.. list.Mailboxes.Where(m => m.Address.Contains('@')).Select(ToParticipant)];

    private static Participant ToParticipant(MailboxAddress a) => new(a.Address.ToLowerInvariant(), a.Name ?? "");

    // Even the looser parser rejects some senders; take the address between the angle brackets,
    // or the bare text, as written.
    private static Participant? RawFrom(MimeMessage mime)
    {
        var raw = mime.Headers[HeaderId.From]?.Trim();
        if (string.IsNullOrEmpty(raw)) return null;
        var open = raw.LastIndexOf('<');
        var close = raw.LastIndexOf('>');
        var address = open >= 0 && close > open ? raw[(open + 1)..close].Trim() : raw;
        if (!address.Contains('@') || address.Contains(' ')) return null;
        var name = open > 0 ? raw[..open].Trim().Trim('"') : "";
        return new Participant(address.ToLowerInvariant(), name);
    }

    private static ParserOptions CreateLenientOptions()
    {
        var options = ParserOptions.Default.Clone();
        options.AddressParserComplianceMode = RfcComplianceMode.Looser;
        return options;
    }
}

/// <summary>A file that is not a readable message.</summary>
public sealed class MailFormatException(string message, Exception? inner = null) : Exception(message, inner);
