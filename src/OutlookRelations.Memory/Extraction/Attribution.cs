using System.Text.RegularExpressions;
using OutlookRelations.Memory.Learning;

namespace OutlookRelations.Memory.Extraction;

/// <summary>
/// Who a detail is about. Promises, preferences, feedback and company news are the writer's own
/// (the labelling guide defines them so). Wishes, questions and requests to the reader ("How's the
/// new job?", "Have a great trip", "Bring the girls' suits") are the reader's. Otherwise a rule's
/// own reading of its match when a rule found it, or the sentence's pronouns: "I/my/we" the
/// writer's, "you/your" the reader's, a participant named with "he/she" that participant, and a
/// sentence that names nobody the writer's own news. A detail about someone who is not a
/// participant is nobody's; so is "you" when the message has several readers.
/// </summary>
internal static partial class Attribution
{
    public static string? About(Candidate candidate, ArtifactKind kind, Detection? hit, People people)
    {
        if (kind is ArtifactKind.Commitment or ArtifactKind.Preference or ArtifactKind.Feedback or ArtifactKind.CompanyNews)
            return people.Resolve(Subject.Speaker, candidate.Text);
        var sentence = candidate.Sentence;
        var subject = ToTheReader(sentence) ? Subject.Addressee
            : hit is null ? FromPronouns(sentence)
            : hit.About == Subject.FromContext ? Perspective.Resolve(sentence, hit.Index, hit.Length) : hit.About;
        return people.Resolve(subject, candidate.Text);
    }

    /// <summary>A wish, a question or a request addressed to the reader.</summary>
    internal static bool ToTheReader(Sentence sentence)
    {
        var text = sentence.Text;
        if (Perspective.AddressedOpener().IsMatch(text) || Imperative().IsMatch(text)) return true;
        // "How's the new job?", "Trip was good I presume?": a question that says nothing of the writer's own.
        return text.TrimEnd().EndsWith('?') && !Perspective.FirstPerson().IsMatch(Hedge().Replace(text, ""));
    }

    internal static Subject FromPronouns(Sentence sentence)
    {
        var text = sentence.Text;
        var second = Perspective.SecondPerson().Match(text);
        var first = Perspective.FirstPerson().Match(text);
        if (first.Success && second.Success) return first.Index <= second.Index ? Subject.Speaker : Subject.Addressee;
        if (first.Success) return Subject.Speaker;
        if (second.Success) return Subject.Addressee;
        return Perspective.ThirdPerson().IsMatch(text) ? Subject.ThirdParty : Subject.Speaker;
    }

    // A request opens with the bare verb: "Bring…", "Tell Sarah…", "Say hi to…".
    [GeneratedRegex(@"^(?:please\s+)?(?:bring|tell|say|give|send|take|let|enjoy|remember|don't forget|make sure|hug|kiss)\b(?!\s+(?:me|us)\s+(?:know|the|a)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Imperative();

    // "I presume", "I guess", "I hope": the writer wondering, not the writer's news.
    [GeneratedRegex(@"\bI (?:presume|guess|hope|assume|suppose|hear|heard|take it|bet|trust)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();
}
