using System.Text.RegularExpressions;
using OutlookRelations.Memory.Cleaning;
using OutlookRelations.Memory.Messages;

namespace OutlookRelations.Memory.Extraction;

/// <summary>
/// Finds what a writer asked the reader in what they wrote ("Could you send the signed order
/// form?"), so an unanswered thread can say what is being waited for. Greetings that are
/// questions in form only ("How are you?") are not questions.
/// </summary>
public static partial class Questions
{
    public const int MaxChars = 200;

    public static string? AskedIn(MailMessage message) => AskedIn(AuthoredMessage.Read(message).Authored);

    public static string? AskedIn(string authoredText)
    {
        foreach (var sentence in Sentences.Split(authoredText))
        {
            if (!sentence.EndsWith('?') || Greeting().IsMatch(sentence)) continue;
            if (!Asking().IsMatch(sentence)) continue;
            return sentence.Length <= MaxChars ? sentence : sentence[..(MaxChars - 1)] + "…";
        }
        return null;
    }

    [GeneratedRegex(@"^(?:hi|hello|hey)?[\s,]*(?:how (?:are|is|was|were|have) (?:you|things|it going|your (?:day|week|weekend|trip|holiday))|how's it going|what's up|you (?:ok|okay))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    // Asked of the reader: it says "you", or opens as a request ("Could…", "Any news…"), or is a
    // wh-question about us ("When can we meet?"); "Who would have guessed?" is none of these.
    [GeneratedRegex(@"\b(?:you|your)\b|^(?:can|could|would|will|do|did|does|is there|are there|have|has|any|shall|should)\b|^(?:when|what|where|which|who|why|how)\b.*\b(?:we|us|our|I|me|my)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Asking();
}
