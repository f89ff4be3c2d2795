using System.Security.Cryptography;
using System.Text;
using HeaderList = MimeKit.HeaderList;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.Memory.Messages;

namespace OutlookRelations.GraphEmulator.Sources;

/// <summary>Turns one raw RFC 822 file into a Graph message, as Exchange would show it.</summary>
public static class RfcMessageReader
{
    /// <summary>The header names Graph's internetMessageHeaders carries here, spelled as mail spells them.</summary>
    private static readonly Dictionary<string, string> HeaderNames = new(StringComparer.Ordinal)
    {
        ["list-id"] = "List-Id", ["list-unsubscribe"] = "List-Unsubscribe", ["list-post"] = "List-Post",
        ["precedence"] = "Precedence", ["auto-submitted"] = "Auto-Submitted",
    };

    /// <summary>
    /// What the Lotus Notes and Exchange exports wrote as display names (X-From, X-To …): the corpus's
    /// From and To headers carry bare addresses, so these are the names Exchange would show.
    /// </summary>
    public sealed record Names(string? From, string? RawFrom, IReadOnlyList<string> To, IReadOnlyList<string> Cc, IReadOnlyList<string> Bcc);

    /// <summary>A message read from a file, with what says two files are copies of one message.</summary>
    public sealed record Read(EmulatedMessage Message, string ContentKey, Names Names);

    /// <summary>Returns null for a file that is not a readable message.</summary>
    public static EmulatedMessage? TryRead(string path, string idKey) => TryReadFile(path, idKey)?.Message;

    public static Read? TryReadFile(string path, string idKey)
    {
        MailMessage mail;
        HeaderList headers;
        try
        {
            using var stream = File.OpenRead(path);
            mail = MimeReader.Read(stream);
            stream.Position = 0;
            headers = HeaderList.Load(stream);
        }
        catch (Exception e) when (e is MailFormatException or FormatException)
        {
            return null;
        }
        var sent = mail.SentAt == DateTimeOffset.MinValue ? new DateTimeOffset(File.GetLastWriteTimeUtc(path)) : mail.SentAt;
        var names = new Names(
            ExportNames.Clean(headers["X-From"]), headers["X-From"],
            ExportNames.Split(headers["X-To"]), ExportNames.Split(headers["X-cc"]), ExportNames.Split(headers["X-bcc"]));
        var from = Address(mail.From, names.From);
        var message = new EmulatedMessage
        {
            Id = StableId.For("AAMkAD", "file:" + idKey),
            // Exchange gives every message an internetMessageId; synthesise one when the header is missing.
            InternetMessageId = mail.MessageId.Length == 0 ? $"<{StableId.Guid(idKey)}@emulator.invalid>" : mail.MessageId,
            ConversationId = ConversationIdFor(mail.Subject),
            Subject = mail.Subject,
            From = from,
            To = Addresses(Recovered(mail.To, headers["To"]), names.To),
            Cc = Addresses(Recovered(mail.Cc, headers["Cc"]), names.Cc),
            Bcc = Addresses(Recovered(mail.Bcc, headers["Bcc"]), names.Bcc),
            SentDateTime = sent.ToUniversalTime(),
            ReceivedDateTime = sent.ToUniversalTime(),
            BodyContentType = mail.BodyIsHtml ? "html" : "text",
            BodyContent = mail.Body,
            Headers = [.. mail.Headers.Select(h => KeyValuePair.Create(HeaderNames.GetValueOrDefault(h.Key, h.Key), h.Value))],
        };
        return new Read(message, ContentKey(mail, sent), names);
    }

    /// <summary>
    /// Exchange threads by normalised subject ("RE: FW: x" joins "x", however a long subject was
    /// folded onto lines); so do we.
    /// </summary>
    public static string ConversationIdFor(string? subject)
    {
        var topic = string.Join(' ', (subject ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
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

    // Sender, sent time, subject and the text with its whitespace folded: the same message filed twice.
    private static string ContentKey(MailMessage mail, DateTimeOffset sent)
    {
        var text = string.Join(' ', mail.Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{mail.From.Address}\n{sent.UtcTicks}\n{mail.Subject}\n{text}"));
        return Convert.ToHexString(hash);
    }

    // The parser drops recipients written against the rules ("houston <.ward@enron.com>"), which
    // Exchange would still show as addressed: take them from the header as written.
    private static IReadOnlyList<Participant> Recovered(IReadOnlyList<Participant> parsed, string? header)
    {
        var kept = parsed.Where(p => ExportNames.NamesSomeone(p.Address)).ToList();
        var found = ExportNames.AddressesIn(header).Where(a => !kept.Any(p => p.Address == a)).ToList();
        return [.. kept, .. found.Select(a => new Participant(a, ""))];
    }

    private static EmailAddress Address(Participant p, string? exportName) =>
        new(p.Name.Length > 0 && !p.Name.Contains('@') ? p.Name : exportName ?? p.Name, p.Address);

    // The export's names line up with the header's addresses only when there are as many of each.
    private static List<EmailAddress> Addresses(IReadOnlyList<Participant> people, IReadOnlyList<string> exportNames) =>
        [.. people.Select((p, i) => Address(p, exportNames.Count == people.Count ? exportNames[i] : null))];
}
