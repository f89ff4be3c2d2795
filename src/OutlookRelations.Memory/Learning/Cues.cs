using System.Text.RegularExpressions;
using OutlookRelations.Memory.Dates;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Messages;

namespace OutlookRelations.Memory.Learning;

/// <summary>
/// What the model knows about a candidate beyond its words: which hand rules fired (and how sure
/// they were), who it speaks of, whether it states a date, where it sits, and the shape of the
/// message around it. Fixed positions: changing them means retraining.
/// </summary>
public static partial class Cues
{
    private const int RuleSlots = 12;
    public const int Count = RuleSlots + 18;

    public static float[] Of(Candidate candidate, MailMessage message) => Of(candidate, message, MessageCues.Of(message));

    public static float[] Of(Candidate candidate, MailMessage message, MessageCues shape)
    {
        var cues = new float[Count];
        foreach (var hit in candidate.RuleHits)
            cues[(int)hit.Kind] = Math.Max(cues[(int)hit.Kind], (float)hit.Confidence);
        var text = candidate.Text;
        var i = RuleSlots;
        cues[i++] = Flag(Perspective.FirstPerson().IsMatch(text));
        cues[i++] = Flag(Perspective.SecondPerson().IsMatch(text));
        cues[i++] = Flag(Perspective.ThirdPerson().IsMatch(text));
        cues[i++] = Flag(Perspective.AddressedOpener().IsMatch(text));
        cues[i++] = Flag(text.TrimEnd().EndsWith('?'));
        cues[i++] = Flag(text.Contains('!', StringComparison.Ordinal));
        cues[i++] = Flag(message.SentAt != DateTimeOffset.MinValue && DateResolver.Resolve(text, message.SentAt) is not null);
        cues[i++] = Flag(candidate.IsSubject);
        cues[i++] = Flag(!candidate.IsSubject && candidate.Position < 3);
        cues[i++] = Math.Min(text.Length, 300) / 300f;
        var recipients = message.To.Count + message.Cc.Count;
        cues[i++] = Flag(recipients == 1);
        cues[i++] = Flag(recipients >= 5);
        cues[i++] = Flag(Reply().IsMatch(message.Subject ?? ""));
        cues[i++] = Flag(NumberHeavy().Count(text) >= 4);
        cues[i++] = Flag(shape.PersonalDomain);
        cues[i++] = Flag(shape.Greeting);
        cues[i++] = Flag(shape.Exclaims);
        cues[i++] = Flag(shape.Short);
        return cues;
    }

    /// <summary>What the whole message says about how personal it is; read once per message.</summary>
    public sealed record MessageCues(bool PersonalDomain, bool Greeting, bool Exclaims, bool Short)
    {
        public static MessageCues Of(MailMessage message) => new(
            message.To.Concat(message.Cc).Prepend(message.From).Any(p => PersonalDomains.IsPersonalAddress(p.Address)),
            InformalGreeting().IsMatch(message.Body),
            message.Body.Count(c => c == '!') >= 2,
            message.Body.Length < 600);
    }

    [GeneratedRegex(@"^\s*(?:hey|hi|hello|howdy|yo|dear)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex InformalGreeting();

    private static float Flag(bool on) => on ? 1f : 0f;

    [GeneratedRegex(@"^\s*re\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reply();

    // Prices, volumes and deal numbers: business content, not small talk.
    [GeneratedRegex(@"\d[\d,.]*", RegexOptions.CultureInvariant)]
    private static partial Regex NumberHeavy();
}
