namespace OutlookRelations.Server.Storage;

/// <summary>
/// All-time engagement facts of one relationship (owner × contact), kept current on ingest for the
/// contacts each sync page touches. Only what does not change as time passes is stored; dormancy
/// and strength depend on "now" and are computed when asked. Engagement/Definitions.cs defines each.
/// </summary>
public sealed class RelationshipFacts : IOwnedRow
{
    public Guid TenantId { get; set; }
    public Guid OwnerId { get; set; }
    public long ContactId { get; set; }
    public int Sent { get; set; }
    public int Received { get; set; }
    public int ThreadsStartedByOwner { get; set; }
    public int ThreadsStartedByContact { get; set; }
    public int ContactTurns { get; set; }
    public int ContactTurnsAnswered { get; set; }
    public int OwnerTurns { get; set; }
    public int OwnerTurnsAnswered { get; set; }
    public double? OwnerMedianResponseHours { get; set; }
    public double? ContactMedianResponseHours { get; set; }
    public int Meetings { get; set; }
    public double MeetingHours { get; set; }
    public DateTimeOffset? LastTwoWayAt { get; set; }
    public int SmallTalkMessages { get; set; }
    public int ReEngagements { get; set; }
}
