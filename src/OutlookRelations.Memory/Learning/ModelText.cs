using System.Text.RegularExpressions;
using OutlookRelations.Memory.Messages;

namespace OutlookRelations.Memory.Learning;

/// <summary>
/// The words the model reads: lower case, digits folded to 0, and the participants' own names
/// replaced by a placeholder, so "Congrats Janice" and "Congrats Steve" teach the same thing and a
/// name never becomes a feature. Made once per message.
/// </summary>
public sealed partial class ModelText
{
    public const string Person = "someone";

    private readonly HashSet<string> _names;

    public ModelText(MailMessage message)
    {
        _names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in message.To.Concat(message.Cc).Prepend(message.From))
        {
            var local = p.Address[..Math.Max(0, p.Address.IndexOf('@'))];
            foreach (Match m in Word().Matches(p.Name.ToLowerInvariant() + " " + local))
                if (m.Length >= 3 && m.Value.All(char.IsLetter)) _names.Add(m.Value);
        }
    }

    public string Normalize(string text) => Word().Replace(text.ToLowerInvariant(), m =>
        _names.Contains(m.Value) ? Person : m.Value.Any(char.IsAsciiDigit) ? Digits().Replace(m.Value, "0") : m.Value);

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"\d", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();
}
