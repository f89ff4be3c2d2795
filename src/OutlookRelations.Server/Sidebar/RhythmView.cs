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
    /// <param name="history">The last year (<see cref="ContactRhythm"/>); null when nothing happened in it.</param>
    /// <param name="lastContactAt">The contact's last contact of all time, for someone silent for over a year.</param>
    public static RhythmView Of(PairHistory? history, DateTimeOffset? lastContactAt, DateTimeOffset now, TimeZoneInfo zone)
    {
        var year = new ReportPeriod(now - Cadence.Window, now, zone);
        var m = history is null ? null : RelationshipMetrics.Compute(history, year, now);
        // Nothing this year: no usual gap, so the rule's fallback threshold applies to the last contact ever.
        var last = m?.LastContactAt ?? lastContactAt;
        return new RhythmView(
            m?.UsualGapDays is { } gap ? Math.Round(gap, 1) : null,
            last is null ? null : Math.Max(0, (int)(now - last.Value).TotalDays),
            Cadence.IsQuiet(last, m?.UsualGapDays, now),
            m?.ThreadsStartedByOwner ?? 0, m?.ThreadsStartedByContact ?? 0, m?.Meetings ?? 0);
    }
}
