namespace OutlookRelations.Server.Contacts;

/// <summary>
/// What counts as an e-mail address when someone hands us one: a bare local@domain, nothing more.
/// Deliberately looser than RFC 5322's dot-atom: real mailboxes hold addresses that a strict parser
/// refuses (Enron's "k..allen@enron.com", written by Exchange itself), and whatever the product stores
/// and lists it must accept back. Still refused: display names and angle brackets, whitespace, control
/// characters, a second '@', and domains without a dot ("ana@localhost").
/// </summary>
public static class AddressSyntax
{
    public const int MaxLength = 320;

    // Characters that mark a display-name form, a list or a quoted part rather than one bare address.
    private const string NotInAnAddress = "<>()[],;:\"\\";

    public static bool IsAddress(string text)
    {
        if (text.Length is 0 or > MaxLength || !WellFormedText(text)) return false;
        var at = text.IndexOf('@');
        if (at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1) return false;
        var labels = text[(at + 1)..].Split('.');
        return labels.Length >= 2 && labels.All(l => l.Length > 0 && l.All(c => char.IsLetterOrDigit(c) || c == '-' || char.IsSurrogate(c)));
    }

    // No whitespace, control or list characters, and no lone surrogate halves.
    private static bool WellFormedText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || NotInAnAddress.Contains(c)) return false;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(c)) return false;
        }
        return true;
    }
}
