using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Remembering;

namespace OutlookRelations.Server.Storage;

public enum DetailOrigin
{
    /// <summary>Found by the memory engine in a message.</summary>
    Extracted = 0,
    /// <summary>Written by the owner ("remember this").</summary>
    Manual = 1,
}

/// <summary>
/// One thing remembered about a contact, with a short evidence snippet and the message it came
/// from: never the body. Kind is null only for a hand-written note without a kind.
/// </summary>
public sealed class ContactDetail : IOwnedRow, IRememberedDetail
{
    public const int MaxSummary = 200;
    public const int MaxEvidence = 300;

    public long Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid OwnerId { get; set; }
    public long ContactId { get; set; }
    public ArtifactKind? Kind { get; set; }
    public DetailOrigin Origin { get; set; }
    /// <summary>For commitments: true when the owner made the promise to the contact.</summary>
    public bool IsOwnersPromise { get; set; }
    public string Summary { get; set; } = "";
    public string Evidence { get; set; } = "";
    public DateOnly? Date { get; set; }
    public double Confidence { get; set; }
    public bool Sensitive { get; set; }
    public int Mentions { get; set; } = 1;
    public DateTimeOffset FirstMentionedAt { get; set; }
    public DateTimeOffset LastMentionedAt { get; set; }
    public string SourceMessageId { get; set; } = "";
    /// <summary>Graph's webLink of the source message: opens it in Outlook.</summary>
    public string? SourceWebLink { get; set; }
    public DetailStatus Status { get; set; }
    /// <summary>
    /// The memory engine version (Memory.Extraction.ExtractorVersion) that first found this detail;
    /// null for details found before versions were recorded (version 1) and for hand-written notes.
    /// </summary>
    public string? ExtractorVersion { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<DetailSource> Sources { get; set; } = [];
    public Contact? Contact { get; set; }

    public const int MaxExtractorVersion = 20;

    /// <summary>A person vouched for it, dismissed it, or wrote it: the engine never changes it again on its own.</summary>
    public bool IsTouchedByPerson => Origin == DetailOrigin.Manual || Status is DetailStatus.Confirmed or DetailStatus.Dismissed;

    // The merge only ever sees details that have a kind (hand notes without one are left alone).
    ArtifactKind IRememberedDetail.Kind => Kind ?? throw new InvalidOperationException("A note without a kind is not merged.");
}

/// <summary>
/// A message a detail was learnt from. Deleting the message forgets what it alone taught; a
/// dismissed detail keeps its sources so the same message never re-creates it.
/// </summary>
public sealed class DetailSource : IOwnedRow
{
    public long DetailId { get; set; }
    public required string InternetMessageId { get; set; }
    public Guid TenantId { get; set; }
    public Guid OwnerId { get; set; }
}
