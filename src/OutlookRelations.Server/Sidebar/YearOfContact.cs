using OutlookRelations.Server.Engagement;

namespace OutlookRelations.Server.Sidebar;

/// <summary>
/// What a card's rhythm is measured from, and no more: when the two of you were in contact (mail
/// either way, meetings), who started the year's threads, and how many meetings it held. A lookup
/// reads it already counted (<see cref="ContactRhythm"/>); elsewhere it comes from a full
/// <see cref="PairHistory"/> by the reports' own definitions (<see cref="From"/>), and a test holds
/// the two ways to the same figures.
/// </summary>
/// <param name="ContactTimes">Every contact before now in the year (or more): what Cadence's usual gap and last contact read.</param>
public sealed record YearOfContact(IReadOnlyList<DateTimeOffset> ContactTimes, int ThreadsOwnerStarted, int ThreadsContactStarted, int Meetings)
{
    /// <summary>The year before <paramref name="now"/> of a full history, counted as RelationshipMetrics counts a period.</summary>
    public static YearOfContact From(PairHistory history, DateTimeOffset now)
    {
        var year = new ReportPeriod(now - Cadence.Window, now, TimeZoneInfo.Utc);
        var messages = history.Messages.Where(m => m.SentAt < now).ToList();
        var starts = Turns.Of(messages).Where(t => t.StartsThread && year.Contains(t.StartAt)).ToList();
        var meetings = history.Meetings.Where(m => m.StartAt < now).Select(m => m.StartAt).ToList();
        return new YearOfContact(
            [.. messages.Select(m => m.SentAt).Concat(meetings)],
            starts.Count(t => t.Side == Side.Owner), starts.Count(t => t.Side == Side.Contact),
            meetings.Count(year.Contains));
    }
}
