namespace OutlookRelations.Memory.Extraction;

/// <summary>Who a detail in a sentence is about, before we know addresses.</summary>
public enum Subject
{
    /// <summary>The writer: "my daughter", "I'm on vacation".</summary>
    Speaker,
    /// <summary>The reader: "your trip", "Have a great time in BC".</summary>
    Addressee,
    /// <summary>Decided from the nearest pronoun to the match.</summary>
    FromContext,
    /// <summary>Someone else ("she", "his"): kept only when a participant is named in the sentence.</summary>
    ThirdParty,
}

/// <summary>What a detector found in one sentence.</summary>
public sealed record Detection(ArtifactKind Kind, Subject About, string Summary, double Confidence, bool Sensitive, int Index, int Length)
{
    /// <summary>Only when the sentence speaks of "I/we" or "you": a bare "skiing" in a story about others is not the writer's hobby.</summary>
    public bool NeedsPersonalPronoun { get; init; }
}

/// <summary>A detector for one artifact kind: a small unit, tested on its own.</summary>
public interface IDetector
{
    ArtifactKind Kind { get; }
    IEnumerable<Detection> Detect(Sentence sentence);
}

/// <summary>A sentence and its lower-cased form (detectors look for trigger words in it first).</summary>
public sealed class Sentence(string text)
{
    public string Text { get; } = text;
    public string Lower { get; } = text.ToLowerInvariant();
}
