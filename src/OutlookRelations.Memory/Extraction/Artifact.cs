namespace OutlookRelations.Memory.Extraction;

/// <summary>
/// One remembered detail: who it is about (a participant's address), what kind, a short summary,
/// the sentence it came from, the date it refers to when one is stated, and how sure we are.
/// </summary>
public sealed record Artifact(
    string MessageId,
    string About,
    ArtifactKind Kind,
    string Summary,
    string Evidence,
    DateOnly? Date,
    double Confidence,
    bool Sensitive)
{
    /// <summary>Why it was kept (the gate's verdict, the rules that fired, the model's score), when the extractor was asked to explain.</summary>
    public string? Why { get; init; }
}
