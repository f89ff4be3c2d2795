using System.Globalization;
using OutlookRelations.Memory.Messages;

namespace OutlookRelations.Server.Contacts;

/// <summary>Names the organisation behind an address, from its domain.</summary>
public static class Organisations
{
    private static readonly HashSet<string> SecondLevelSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "co", "com", "org", "net", "ac", "gov", "edu", "ne", "or",
    };

    /// <summary>"adventure-works.example" → "Adventure Works"; the tenant's own domain → its name.</summary>
    public static string? FromAddress(string email, string tenantDomain, string tenantName)
    {
        var at = email.LastIndexOf('@');
        if (at < 0) return null;
        var domain = email[(at + 1)..].ToLowerInvariant();
        if (tenantDomain.Length > 0 && TenantDomain.IsColleague(email, tenantDomain)) return tenantName;
        if (PersonalDomains.Contains(domain)) return null;

        var labels = domain.Split('.');
        if (labels.Length < 2) return null;
        // mail.contoso.co.uk → contoso: skip the public suffix, then take the registrable label.
        var index = labels.Length - 2;
        if (index > 0 && labels[^1].Length == 2 && SecondLevelSuffixes.Contains(labels[index])) index--;
        var words = labels[index].Split('-', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(w => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w)));
    }
}
