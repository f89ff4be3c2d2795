using OutlookRelations.Server.Engagement;

namespace OutlookRelations.Server.Sidebar;

/// <summary>
/// How the relationship is going, in one line of a card: how often you usually talk, how long it has
/// been, whether that is longer than usual (Engagement's dormancy rule), and who starts the threads.
/// </summary>
public sealed record RhythmView(
    double? UsualGapDays, int? DaysSinceContact, bool QuietLongerThanUsual,
    int ThreadsYouStarted, int ThreadsTheyStarted, int MeetingsThisYear)
{
    /// <param name="year">The last year (<see cref="YearOfContact"/>); null when nothing happened in it.</param>
    /// <param name="lastContactAt">The contact's last contact of all time, for someone silent for over a year.</param>
    public static RhythmView Of(YearOfContact? year, DateTimeOffset? lastContactAt, DateTimeOffset now, TimeZoneInfo zone)
    {
        // Cadence's functions, as RelationshipMetrics calls them: the card's "quiet" is the report's "dormant".
        var times = year?.ContactTimes.Where(t => t < now).ToList() ?? [];
        var gap = Cadence.UsualGapDays(times, now, zone);
        // Nothing this year: no usual gap, so the rule's fallback threshold applies to the last contact ever.
        var last = times.Count > 0 ? times.Max() : lastContactAt;
        return new RhythmView(
            gap is { } days ? Math.Round(days, 1) : null,
            last is null ? null : Math.Max(0, (int)(now - last.Value).TotalDays),
            Cadence.IsQuiet(last, gap, now),
            year?.ThreadsOwnerStarted ?? 0, year?.ThreadsContactStarted ?? 0, year?.Meetings ?? 0);
    }
}
