namespace OutlookRelations.GraphEmulator.Model;

/// <summary>The subset of Graph's event resource the emulator serves. Times are UTC.</summary>
public sealed record EmulatedEvent : IEmulatedItem
{
    public required string Id { get; init; }
    public required string ICalUId { get; init; }
    public string Subject { get; init; } = "";
    public required EmailAddress Organizer { get; init; }
    public IReadOnlyList<EmulatedAttendee> Attendees { get; init; } = [];
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }
    public bool IsAllDay { get; init; }
    public bool IsCancelled { get; init; }
    public string Location { get; init; } = "";
    public string BodyPreview { get; init; } = "";
    public int ChangeKey { get; init; }
}

/// <summary>An attendee: type is required/optional/resource; response is Graph's responseType.</summary>
public sealed record EmulatedAttendee(EmailAddress EmailAddress, string Type = "required", string Response = "none");
