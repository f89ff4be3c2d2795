using OutlookRelations.Memory.Extraction;

namespace OutlookRelations.Memory.Remembering;

public enum DetailStatus
{
    Active = 0,
    /// <summary>The owner said it is right: never superseded or expired automatically.</summary>
    Confirmed = 1,
    /// <summary>A newer fact of the same kind replaced it ("moved to Denver" after "moving next month").</summary>
    Superseded = 2,
    /// <summary>The owner dismissed it: never shown again, never re-created from the same message.</summary>
    Dismissed = 3,
}

/// <summary>
/// What the merge needs of a remembered detail. The server's stored row implements it, so the
/// merge rules live here, pure and tested, and storage needs no mapping layer.
/// </summary>
public interface IRememberedDetail
{
    ArtifactKind Kind { get; }
    string Summary { get; set; }
    string Evidence { get; set; }
    DateOnly? Date { get; set; }
    double Confidence { get; set; }
    bool Sensitive { get; set; }
    int Mentions { get; set; }
    DateTimeOffset FirstMentionedAt { get; set; }
    DateTimeOffset LastMentionedAt { get; set; }
    string SourceMessageId { get; set; }
    DetailStatus Status { get; set; }
}
