using OutlookRelations.Server.Contacts;

namespace OutlookRelations.Server.Sidebar;

/// <summary>One entry of ?recipients=: an address to look up, or text we cannot read as one (its card says so).</summary>
public sealed record Recipient(string Address, bool Readable);

/// <summary>Parses ?recipients=: comma- or semicolon-separated bare addresses, in the order given, each once.</summary>
public static class RecipientList
{
    public const int MaxRecipients = 50;

    /// <summary>
    /// Refuses the whole list only when it names nobody or too many. An entry that is not an address
    /// fails alone (issue 18: one odd address must not take every other card down with it).
    /// </summary>
    public static (IReadOnlyList<Recipient> Recipients, string? Error) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ([], "Give at least one address, e.g. ?recipients=ana@contoso.com,ben@fabrikam.com.");
        var parts = text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // ",," and "; ;" name nobody: refused here, before they become an empty SQL IN () (issue 15).
        if (parts.Length == 0)
            return ([], "Give at least one address, e.g. ?recipients=ana@contoso.com,ben@fabrikam.com.");
        if (parts.Length > MaxRecipients)
            return ([], $"At most {MaxRecipients} recipients per request; got {parts.Length}.");

        var recipients = parts
            .Select(p => AddressSyntax.IsAddress(p) ? new Recipient(p.ToLowerInvariant(), true) : new Recipient(p, false))
            .DistinctBy(r => r.Address, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return (recipients, null);
    }

    /// <summary>What an unreadable entry's card says.</summary>
    public static string Problem(string text) =>
        $"Not an e-mail address: '{text}'. Send bare addresses such as ana@contoso.com.";
}
