namespace OutlookRelations.Server.Storage;

/// <summary>A calendar event in an owner's calendar (times in UTC; no body stored).</summary>
public sealed class Meeting : IOwnedRow
{
    public long Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid OwnerId { get; set; }
    public required string GraphId { get; set; }
    public string Subject { get; set; } = "";
    public DateTimeOffset StartAt { get; set; }
    public DateTimeOffset EndAt { get; set; }
    public bool IsCancelled { get; set; }
    public string OrganizerEmail { get; set; } = "";
    public long SeenGeneration { get; set; }
    public List<MeetingAttendee> Attendees { get; set; } = [];
}

/// <summary>A contact invited to a meeting, with their response as Graph reports it.</summary>
public sealed class MeetingAttendee : IOwnedRow
{
    public long MeetingId { get; set; }
    public long ContactId { get; set; }
    public Guid TenantId { get; set; }
    public Guid OwnerId { get; set; }
    public string Response { get; set; } = "none";
    public Contact? Contact { get; set; }
}
