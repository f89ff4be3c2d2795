using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OutlookRelations.Server.Tests.Engagement.RawCount;

/// <summary>
/// One raw RFC 822 file read with nothing but string handling (not MimeKit, not the product's
/// readers): the headers a count needs, and the text below them. Deliberately small and separate,
/// so the engagement figures are checked against a second reading of the corpus.
/// </summary>
public sealed partial record RawMessage(
    string From, string? FromName, IReadOnlyList<string> Recipients, DateTimeOffset SentAt, string Subject, string Text,
    IReadOnlyDictionary<string, string> Headers)
{
    public static RawMessage? Read(string path)
    {
        var raw = Encoding.Latin1.GetString(File.ReadAllBytes(path)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = raw.IndexOf("\n\n", StringComparison.Ordinal);
        var head = split < 0 ? raw : raw[..split];
        var text = split < 0 ? "" : raw[(split + 2)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in head.Split('\n'))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t'))
            {
                if (last is not null) headers[last] += " " + line.Trim();
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            last = line[..colon].Trim();
            if (!headers.ContainsKey(last)) headers[last] = line[(colon + 1)..].Trim();
            else last = null;
        }
        var from = Addresses(headers.GetValueOrDefault("From")).FirstOrDefault();
        if (from is null) return null;
        var sent = Date(headers.GetValueOrDefault("Date")) ?? new DateTimeOffset(File.GetLastWriteTimeUtc(path));
        var recipients = new[] { "To", "Cc", "Bcc" }.SelectMany(h => Addresses(headers.GetValueOrDefault(h))).ToList();
        return new RawMessage(from, headers.GetValueOrDefault("X-From"), recipients, sent.ToUniversalTime(), headers.GetValueOrDefault("Subject") ?? "", text, headers);
    }

    /// <summary>The same message filed twice: same sender, sent time, subject and words.</summary>
    public string CopyKey => $"{From}\n{SentAt.UtcTicks}\n{Subject}\n{string.Join(' ', Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}";

    /// <summary>Outlook threads by subject without its reply and forward prefixes.</summary>
    public string Conversation
    {
        get
        {
            var topic = string.Join(' ', Subject.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            while (Prefix().Match(topic) is { Success: true } m) topic = topic[m.Length..].Trim();
            return topic.ToUpperInvariant();
        }
    }

    // "a@x.com, Name <b@y.com>, \"Last, First\" <c@z.com>": whatever has an @, inside brackets if any.
    private static IEnumerable<string> Addresses(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) yield break;
        foreach (Match m in Address().Matches(header))
        {
            var address = (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).Trim().Trim('"').ToLowerInvariant();
            var at = address.IndexOf('@');
            if (at > 0 && at < address.Length - 1 && !address.Contains(' ') && address[..at].Any(char.IsLetterOrDigit)) yield return address;
        }
    }

    private static DateTimeOffset? Date(string? header)
    {
        if (header is null) return null;
        var text = Comment().Replace(header, "").Trim();
        string[] formats = ["ddd, d MMM yyyy H:mm:ss zzz", "d MMM yyyy H:mm:ss zzz", "ddd, d MMM yyyy H:mm zzz"];
        var zone = ZoneDigits().Replace(text, "$1$2:$3");
        return DateTimeOffset.TryParseExact(zone, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var at) ? at : null;
    }

    [GeneratedRegex(@"^(?:re|fw|fwd|aw|wg|sv|tr)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"<([^<>]*)>|([^\s,<>""]+@[^\s,<>""]+)")]
    private static partial Regex Address();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Comment();

    [GeneratedRegex(@"([+-])(\d\d)(\d\d)$")]
    private static partial Regex ZoneDigits();
}
