namespace OutlookRelations.Memory.Messages;

/// <summary>
/// Mail services people use as private persons: an address there names no employer, and a
/// message to or from one is more likely personal.
/// </summary>
public static class PersonalDomains
{
    private static readonly HashSet<string> Domains = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "aol.com",
        "icloud.com", "me.com", "mac.com", "proton.me", "protonmail.com", "gmx.com", "gmx.de", "mail.com", "web.de",
        "earthlink.net", "comcast.net", "att.net", "sbcglobal.net", "swbell.net", "juno.com", "prodigy.net",
        "mindspring.com", "netzero.net", "bellsouth.net", "verizon.net", "cox.net",
    };

    public static bool Contains(string domain) => Domains.Contains(domain);

    /// <summary>Whether an address is at one of these services.</summary>
    public static bool IsPersonalAddress(string address) => address.LastIndexOf('@') is >= 0 and var at && Domains.Contains(address[(at + 1)..]);
}
