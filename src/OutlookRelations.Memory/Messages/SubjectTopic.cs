using System.Text.RegularExpressions;

namespace OutlookRelations.Memory.Messages;

/// <summary>
/// What a subject line is about, without the prefixes mail clients stack on replies and forwards
/// ("RE: FW: Pilot results" is "Pilot results"). The detail model reads subjects this way, and a
/// card quotes them this way.
/// </summary>
public static partial class SubjectTopic
{
    public static string Of(string? subject) => ReplyPrefix().Replace(subject ?? "", "").Trim();

    [GeneratedRegex(@"^(?:\s*(?:re|fw|fwd|aw|wg)\s*(?:\[\d+\])?\s*:\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyPrefix();
}
