using System.Text.RegularExpressions;

namespace OutlookRelations.Memory.Cleaning;

/// <summary>
/// Splits authored text into sentences. Mail is hard-wrapped at ~76 columns, so lines of a
/// paragraph are joined first; blank lines, list items and greetings end a sentence.
/// </summary>
public static partial class Sentences
{
    public const int MaxSentenceChars = 400;

    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        foreach (var paragraph in Paragraphs(text))
        {
            foreach (var piece in Boundary().Split(paragraph))
            {
                var sentence = Whitespace().Replace(piece, " ").Trim();
                if (sentence.Length < 3) continue;
                sentences.Add(sentence.Length <= MaxSentenceChars ? sentence : sentence[..MaxSentenceChars]);
            }
        }
        return sentences;
    }

    private static IEnumerable<string> Paragraphs(string text)
    {
        var current = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            // A blank line, a bullet, or a short line ending a greeting ("Hi Ana,") starts anew.
            var breaks = line.Length == 0 || Bullet().IsMatch(line) || (current.Count > 0 && current[^1].EndsWith(',') && current[^1].Length < 40);
            if (breaks && current.Count > 0)
            {
                yield return string.Join(' ', current);
                current.Clear();
            }
            if (line.Length > 0) current.Add(Bullet().Replace(line, ""));
        }
        if (current.Count > 0) yield return string.Join(' ', current);
    }

    // After . ! or ? (and closing quotes or brackets), before whitespace; not after "Mr." style
    // abbreviations or single initials.
    [GeneratedRegex(@"(?<=(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|etc|e\.g|i\.e|[A-Z]))[.!?]+[""')\]]*)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^([-*•]|\d{1,2}[.)])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();
}
