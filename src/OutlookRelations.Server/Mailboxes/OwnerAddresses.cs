using Microsoft.Graph.Models;

namespace OutlookRelations.Server.Mailboxes;

/// <summary>
/// Every address a mailbox receives and sends as: Graph's proxyAddresses ("SMTP:" is the primary,
/// "smtp:" the others; X500 and SIP entries are not mail addresses), mail and userPrincipalName.
/// </summary>
public static class OwnerAddresses
{
    public static readonly string[] UserFields = ["proxyAddresses", "mail", "userPrincipalName"];

    public static IReadOnlyList<string> Of(User user) =>
    [
        .. (user.ProxyAddresses ?? []).Where(p => p.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase)).Select(p => p[5..])
            .Append(user.Mail).Append(user.UserPrincipalName)
            .OfType<string>().Select(a => a.Trim().ToLowerInvariant()).Where(a => a.Contains('@')).Distinct(StringComparer.Ordinal),
    ];

    /// <summary>The stored form: the addresses other than the primary one, one per line, in order.</summary>
    public static string Aliases(IEnumerable<string> addresses, string primary) =>
        string.Join('\n', addresses.Where(a => a != primary).Order(StringComparer.Ordinal));
}
