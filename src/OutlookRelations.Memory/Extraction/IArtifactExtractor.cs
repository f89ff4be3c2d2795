using OutlookRelations.Memory.Cleaning;

namespace OutlookRelations.Memory.Extraction;

/// <summary>
/// Turns one message into artifacts. The rule-based <see cref="ArtifactExtractor"/> is the one we
/// ship; a language-model extractor can implement this later and be compared on the same data.
/// </summary>
public interface IArtifactExtractor
{
    IReadOnlyList<Artifact> Extract(AuthoredMessage message);
}
