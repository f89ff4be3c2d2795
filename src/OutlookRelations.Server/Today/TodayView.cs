using OutlookRelations.Server.Serendipity;
using OutlookRelations.Server.Sidebar;

namespace OutlookRelations.Server.Today;

/// <summary>
/// One person worth a note today, and why, in words (the same openers the sidebar uses). Every text
/// came from someone's mail: render as text.
/// </summary>
public sealed record TodayItem(string Email, string DisplayName, string? Organisation, string Text, long? DetailId, DateTimeOffset? At);

/// <summary>A meeting tomorrow with people from outside the tenant, and who they are; its brief is at /api/meetings/{Id}/brief.</summary>
public sealed record TodayMeeting(string Id, string Subject, DateTimeOffset StartAt, IReadOnlyList<PersonView> Outsiders);

/// <summary>
/// GET /api/today: who is worth a note today. Each list is short and ordered best first; nothing in
/// it needs an item open in Outlook.
/// </summary>
public sealed record TodayView(
    DateOnly Date,
    IReadOnlyList<TodayItem> Dates,
    IReadOnlyList<TodayItem> JustOver,
    IReadOnlyList<TodayItem> PromisesDue,
    IReadOnlyList<TodayItem> RepliesOwed,
    IReadOnlyList<TodayItem> GoneQuiet,
    IReadOnlyList<TodayMeeting> TomorrowsMeetings,
    IReadOnlyList<NewsConnection> News)
{
    /// <summary>How far ahead a birthday or an event counts as "coming up", and back as "just over".</summary>
    public const int WindowDays = 7;
    /// <summary>At most this many people per list: a digest, not a to-do list.</summary>
    public const int PerList = 5;
}
