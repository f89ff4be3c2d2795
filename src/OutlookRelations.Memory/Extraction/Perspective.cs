using System.Text.RegularExpressions;

namespace OutlookRelations.Memory.Extraction;

/// <summary>
/// Decides whether a detail is the writer's or the reader's from the pronouns around it: the
/// match's own possessive first, then the nearest pronoun before it, then after it. Wishes and
/// congratulations ("Good luck on…", "Have a great…") are addressed to the reader.
/// </summary>
public static partial class Perspective
{
    public static Subject Resolve(Sentence sentence, int index, int length)
    {
        var text = sentence.Text;
        if (AddressedOpener().IsMatch(text)) return Subject.Addressee;

        var own = text.AsSpan(index, length);
        if (own.StartsWith("your", StringComparison.OrdinalIgnoreCase)) return Subject.Addressee;
        if (own.StartsWith("my ", StringComparison.OrdinalIgnoreCase) || own.StartsWith("our ", StringComparison.OrdinalIgnoreCase)) return Subject.Speaker;

        if (ReactionToNews().IsMatch(text)) return Subject.Addressee;

        var before = text[..index];
        var lastFirst = LastIndex(FirstPerson(), before);
        var lastSecond = LastIndex(SecondPerson(), before);
        var lastThird = LastIndex(ThirdPerson(), before);
        if (lastThird > lastFirst && lastThird > lastSecond) return Subject.ThirdParty;
        if (lastFirst >= 0 || lastSecond >= 0) return lastSecond > lastFirst ? Subject.Addressee : Subject.Speaker;
        if (ThirdPerson().Match(text, index).Success && !FirstPerson().IsMatch(text) && !SecondPerson().IsMatch(text)) return Subject.ThirdParty;

        var after = text[(index + length)..];
        var firstFirst = FirstPerson().Match(after);
        var firstSecond = SecondPerson().Match(after);
        if (firstSecond.Success && (!firstFirst.Success || firstSecond.Index < firstFirst.Index)) return Subject.Addressee;
        // A name as the subject ("Baird is on vacation") is someone else; with no name, the writer's own news.
        return NamedSubject().IsMatch(text) ? Subject.ThirdParty : Subject.Speaker;
    }

    /// <summary>Whether the sentence speaks of the writer or the reader at all.</summary>
    public static bool HasPersonalPronoun(Sentence sentence) =>
        FirstPerson().IsMatch(sentence.Text) || SecondPerson().IsMatch(sentence.Text) || AddressedOpener().IsMatch(sentence.Text);

    private static int LastIndex(Regex pattern, string text)
    {
        var last = -1;
        for (var m = pattern.Match(text); m.Success; m = m.NextMatch()) last = m.Index;
        return last;
    }

    [GeneratedRegex(@"\b(?:I|I'm|I've|I'll|I'd|me|my|mine|we|we're|we've|we'll|we'd|our|ours)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex FirstPerson();

    [GeneratedRegex(@"\b(?:you|you're|you've|you'll|you'd|your|yours|y'all)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex SecondPerson();

    [GeneratedRegex(@"\b(?:he|she|his|her|hers|him|they|their|them)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ThirdPerson();

    [GeneratedRegex(@"^(?!(?:It|This|That|There|Here|What|Who|Which|Everything|Everyone|Nothing|All|Life|Work|Today|Tomorrow)\b)(?-i:[A-Z][a-z]+)(?:\s+(?:and|&)\s+(?-i:[A-Z][a-z]+))?\s+(?:is|was|has|had|will|are|were|got|went|came|left|took|just)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedSubject();

    // "The bachelor party sounds like it will be fun": a reaction to the reader's news.
    [GeneratedRegex(@"\bsounds? (?:like|great|fun|wonderful|exciting)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReactionToNews();

    [GeneratedRegex(@"^(?:and\s+)?(?:good luck|best of luck|congrat\w*|have a|enjoy|hope you|hope your|happy)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex AddressedOpener();
}
