using System.Text.RegularExpressions;
using OutlookRelations.Memory.Messages;

namespace OutlookRelations.Memory.Extraction;

/// <summary>
/// Turns "the writer", "the reader" or "someone named here" into a participant's address. "You" is
/// the reader only when there is exactly one To address other than the writer; a third person
/// counts only when exactly one recipient's first name appears in the sentence.
/// </summary>
internal sealed class People
{
    private readonly MailMessage _message;
    private readonly string? _addressee;
    private readonly List<(string FirstName, string Address)> _recipients;

    public People(MailMessage message)
    {
        _message = message;
        _addressee = message.To.Count == 1 && message.To[0].Address != message.From.Address ? message.To[0].Address : null;
        _recipients = [.. message.To.Concat(message.Cc)
            .Where(p => p.Address != message.From.Address)
            .Select(p => (FirstName(p), p.Address))
            .Where(p => p.Item1.Length >= 3)];
    }

    public string? Resolve(Subject subject, string sentence) => subject switch
    {
        Subject.Speaker => _message.From.Address,
        Subject.Addressee => _addressee,
        Subject.ThirdParty => Named(sentence),
        _ => null,
    };

    private string? Named(string sentence)
    {
        var named = _recipients.Where(r => Regex.IsMatch(sentence, $@"\b{Regex.Escape(r.FirstName)}\b", RegexOptions.CultureInvariant)).Select(r => r.Address).Distinct().ToList();
        return named.Count == 1 ? named[0] : null;
    }

    // "Cortez, Nicole" → Nicole; "Nicole Cortez" → Nicole; nicole.cortez@… → Nicole.
    private static string FirstName(Participant p)
    {
        var name = p.Name.Trim().Trim('"');
        if (name.Contains(',')) name = name[(name.IndexOf(',') + 1)..].Trim();
        var first = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => !w.Contains('@'));
        if (first is null)
        {
            var local = p.Address[..Math.Max(0, p.Address.IndexOf('@'))];
            first = local.Split('.', '_').FirstOrDefault() ?? "";
        }
        return first.Length == 0 ? "" : char.ToUpperInvariant(first[0]) + first[1..].ToLowerInvariant();
    }
}
