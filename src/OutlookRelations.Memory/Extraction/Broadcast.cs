using System.Text.RegularExpressions;
using OutlookRelations.Memory.Messages;

namespace OutlookRelations.Memory.Extraction;

/// <summary>
/// Newsletters, marketing and company-wide announcements carry no personal details about the
/// people on them (the labelling guide says so too): recognised by who sends them, who they go
/// to, and the marks bulk mail leaves in its text.
/// </summary>
public static partial class Broadcast
{
    public static bool IsBulk(MailMessage message, string text) =>
        RoleSender().IsMatch(message.From.Address)
        || message.To.Concat(message.Cc).Any(p => DistributionList().IsMatch(p.Address))
        || BulkMarks().IsMatch(text)
        || Links().Count(text) >= 5;

    [GeneratedRegex(@"^(?:[\w.-]*(?:news|newsletter|noreply|no-reply|donotreply|do-not-reply|announce\w*|mailer|marketing|promo\w*|offers?|alerts?|digest|daily\w*|updates?|delivers|bounce\w*|listserv|majordomo|subscriptions?|webmaster|customer\.?service)[\w.-]*|info|feedback|owner-[\w.-]+)@",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleSender();

    [GeneratedRegex(@"^(?:all[._]|everyone|undisclosed|[\w.]*\.?dl-)|^[\w.-]*(?:distribution|_all|\.all)@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DistributionList();

    [GeneratedRegex(@"\bunsubscribe\b|\bopt[- ]?out\b|\bto be removed from\b|\[IMAGE\]|\bview (?:this|the) (?:e-?mail|newsletter)\b|\bprivacy policy\b|\byou are receiving this\b|\bmailing list\b|\bforward to a friend\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BulkMarks();

    [GeneratedRegex(@"https?://", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Links();
}
