using System.Net.Mail;

namespace OutlookRelations.Server.Sidebar;

/// <summary>Parses ?recipients=: comma- or semicolon-separated bare addresses, in the order given.</summary>
public static class RecipientList
{
    public const int MaxRecipients = 50;

    public static (IReadOnlyList<string> Addresses, string? Error) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ([], "Give at least one address, e.g. ?recipients=ana@contoso.com,ben@fabrikam.com.");
        var parts = text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // ",," and "; ;" name nobody: refused here, before they become an empty SQL IN () (issue 15).
        if (parts.Length == 0)
            return ([], "Give at least one address, e.g. ?recipients=ana@contoso.com,ben@fabrikam.com.");
        if (parts.Length > MaxRecipients)
            return ([], $"At most {MaxRecipients} recipients per request; got {parts.Length}.");

        var addresses = new List<string>(parts.Length);
        var bad = new List<string>();
        foreach (var part in parts)
        {
            if (MailAddress.TryCreate(part, out var parsed) && parsed.Address == part && parsed.Host.Contains('.'))
                addresses.Add(part.ToLowerInvariant());
            else
                bad.Add(part);
        }
        return bad.Count == 0
            ? (addresses, null)
            : ([], $"Not an e-mail address: {string.Join(", ", bad.Select(b => $"'{b}'"))}. Send bare addresses such as ana@contoso.com.");
    }
}
