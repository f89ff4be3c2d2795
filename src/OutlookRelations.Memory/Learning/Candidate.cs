using OutlookRelations.Memory.Cleaning;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Messages;

namespace OutlookRelations.Memory.Learning;

/// <summary>
/// A sentence the detail model reads: the subject line or one sentence the author wrote, with what
/// the hand rules found in it (their hits are cues for the model, not verdicts).
/// </summary>
public sealed record Candidate(Sentence Sentence, bool IsSubject, int Position, IReadOnlyList<Detection> RuleHits)
{
    public string Text => Sentence.Text;
}

/// <summary>Every sentence of a message that could carry a detail: the subject, then the authored text.</summary>
public static class Candidates
{
    public static IReadOnlyList<Candidate> Of(AuthoredMessage read, IReadOnlyList<IDetector> detectors)
    {
        var candidates = new List<Candidate>();
        var subject = SubjectTopic.Of(read.Message.Subject);
        if (subject.Length >= 3) candidates.Add(Read(subject, isSubject: true, 0, detectors));
        var position = 0;
        foreach (var line in Sentences.Split(read.Authored)) candidates.Add(Read(line, isSubject: false, position++, detectors));
        return candidates;
    }

    private static Candidate Read(string text, bool isSubject, int position, IReadOnlyList<IDetector> detectors)
    {
        var sentence = new Sentence(text);
        var hits = new List<Detection>();
        foreach (var detector in detectors) hits.AddRange(detector.Detect(sentence));
        return new Candidate(sentence, isSubject, position, hits);
    }
}
