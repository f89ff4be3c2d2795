using OutlookRelations.Server.Sidebar;

namespace OutlookRelations.Server.Meetings;

/// <summary>One attendee from outside: their card, and whether you have ever written to each other.</summary>
public sealed record BriefAttendee(Card Card, bool New);

/// <summary>
/// Before you meet (issue 20): per attendee from outside the tenant, the card the sidebar would show
/// (the opener, three highlights with their source, open loops both ways, last contact against their
/// usual cadence, who else you know there); colleagues are only named.
/// </summary>
public sealed record MeetingBrief(
    string Id, string Subject, DateTimeOffset StartAt, DateTimeOffset EndAt, bool Cancelled,
    IReadOnlyList<BriefAttendee> Outsiders, IReadOnlyList<PersonView> Colleagues);
