using System.Text.RegularExpressions;
using OutlookRelations.Memory.Cleaning;
using OutlookRelations.Memory.Messages;

namespace OutlookRelations.Memory.Extraction;

/// <summary>Whether a message is one person writing to people, and if not, why.</summary>
public sealed record GateVerdict(bool IsBulk, string Reason)
{
    public static GateVerdict Personal { get; } = new(false, "personal");
}

/// <summary>
/// Decides, before any sentence is read, whether a message is bulk, broadcast or automated mail:
/// newsletters, marketing, outage reports and company-wide announcements carry no personal details
/// about the people on them (the labelling guide says so too). Recognised from what the message
/// itself says: list headers, who sends it, who it goes to, and the marks bulk mail leaves in its
/// text. A person writing to a group, a distribution list or blind-copied friends is not turned
/// away: the guide labels a manager telling the team the floor moves, or a farewell note (the
/// extractor keeps only such news from a broadcast to many).
/// </summary>
public static partial class MessageGate
{
    public static GateVerdict Judge(AuthoredMessage read)
    {
        var message = read.Message;
        if (ListHeader(message.Headers) is { } header) return Bulk($"list header ({header})");
        if (RoleSender().IsMatch(message.From.Address)) return Bulk("sent by a role or list address");
        if (BulkMarks().Match(read.FullText) is { Success: true } mark) return Bulk($"bulk mail wording ('{mark.Value}')");
        if (Links().Count(read.FullText) >= 5) return Bulk("many links");
        return GateVerdict.Personal;
    }

    private static GateVerdict Bulk(string reason) => new(true, reason);

    /// <summary>
    /// Whether the sender is not a person: a role or no-reply address, a notification a program
    /// generated, a newsletter (bulk precedence or an unsubscribe link with no way to post), or a list
    /// writing as itself. Unlike <see cref="Judge"/> it reads only the envelope, never the text, and a
    /// person who writes through a discussion list (List-Post, their own From) stays a person.
    /// Engagement figures leave such mail out; Judge keeps the memory engine from reading any list mail.
    /// </summary>
    public static GateVerdict JudgeSender(MailMessage message)
    {
        var headers = message.Headers;
        var from = message.From.Address;
        if (headers.TryGetValue("auto-submitted", out var auto) && auto.Trim().StartsWith("auto-generated", StringComparison.OrdinalIgnoreCase))
            return Bulk("auto-submitted");
        if (RoleSender().IsMatch(from)) return Bulk("sent by a role or list address");
        var post = headers.TryGetValue("list-post", out var p) ? p : null;
        if (post is not null && post.Contains(from, StringComparison.OrdinalIgnoreCase)) return Bulk("the list writing as itself");
        if (post is null && headers.ContainsKey("list-unsubscribe")) return Bulk("list header (list-unsubscribe)");
        if (post is null && headers.TryGetValue("precedence", out var precedence) && precedence.Trim().ToLowerInvariant() is "bulk" or "junk")
            return Bulk($"precedence: {precedence.Trim()}");
        return GateVerdict.Personal;
    }

    private static string? ListHeader(IReadOnlyDictionary<string, string> headers)
    {
        foreach (var name in new[] { "list-id", "list-unsubscribe", "list-post" })
            if (headers.ContainsKey(name)) return name;
        if (headers.TryGetValue("precedence", out var precedence) && precedence.Trim().ToLowerInvariant() is "bulk" or "list" or "junk")
            return $"precedence: {precedence.Trim()}";
        // Auto-replies stay: an out-of-office that says the person is away is a detail.
        if (headers.TryGetValue("auto-submitted", out var auto) && auto.Trim().ToLowerInvariant() is "auto-generated")
            return "auto-submitted";
        return null;
    }

    [GeneratedRegex(@"^(?:[\w.-]*(?:news|newsletter|noreply|no-reply|donotreply|do-not-reply|announce\w*|mailer|marketing|promo\w*|offers?|alerts?|digest|daily\w*|updates?|delivers|bounce\w*|listserv|majordomo|subscriptions?|webmaster|customer\.?service|notification\w*|postmaster)[\w.-]*|info|feedback|owner-[\w.-]+)@",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleSender();

    [GeneratedRegex(@"\bunsubscribe\b|\bopt[- ]?out\b|\bto be removed from\b|\[IMAGE\]|\bview (?:this|the) (?:e-?mail|newsletter)\b|\bprivacy policy\b|\byou are receiving this\b|\bmailing list\b|\bforward to a friend\b|\bpart \d+ of \d+\b|\ball rights reserved\b|\bclick here\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BulkMarks();

    [GeneratedRegex(@"https?://", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Links();
}
