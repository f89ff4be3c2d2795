namespace OutlookRelations.Server.Engagement;

/// <summary>Which side of a relationship wrote a message: the mailbox owner or the contact.</summary>
public enum Side
{
    Owner = 0,
    Contact = 1,
}

/// <summary>
/// A message between the owner and one contact: the owner's mail with the contact among its
/// recipients, or the contact's mail to the owner. Mail the contact was only copied on by someone
/// else is not theirs. An empty conversation id makes the message a conversation of its own.
/// </summary>
public sealed record PairMessage(long Id, string Conversation, Side Side, DateTimeOffset SentAt, bool SmallTalk);

/// <summary>A non-cancelled meeting with the contact among the attendees and not declined.</summary>
public sealed record PairMeeting(DateTimeOffset StartAt, DateTimeOffset EndAt);

/// <summary>Everything one relationship (owner × contact) is measured from.</summary>
public sealed record PairHistory(Guid OwnerId, long ContactId, IReadOnlyList<PairMessage> Messages, IReadOnlyList<PairMeeting> Meetings)
{
    public static PairHistory Empty(Guid ownerId, long contactId) => new(ownerId, contactId, [], []);
}

/// <summary>A report's time range [From, To) and the zone its days and weeks are counted in.</summary>
public sealed record ReportPeriod(DateTimeOffset From, DateTimeOffset To, TimeZoneInfo Zone)
{
    /// <summary>The period of the same length just before this one: what headline figures compare with.</summary>
    public ReportPeriod Previous => new(From - (To - From), From, Zone);

    public bool Contains(DateTimeOffset at) => at >= From && at < To;
}
