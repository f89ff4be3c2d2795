namespace OutlookRelations.Server.Engagement;

/// <summary>
/// How often two people usually talk, and when silence means the relationship has gone dormant.
/// Days are calendar days in the report's time zone.
/// </summary>
public static class Cadence
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(365);
    public static readonly TimeSpan MinimumDormancy = TimeSpan.FromDays(30);
    public static readonly TimeSpan DormancyWithoutCadence = TimeSpan.FromDays(90);
    public const int DormancyFactor = 3;

    /// <summary>
    /// The median gap in days between consecutive days with contact (mail either way, or a meeting)
    /// in the year before <paramref name="asOf"/>; null with fewer than three such days.
    /// </summary>
    public static double? UsualGapDays(IEnumerable<DateTimeOffset> contactTimes, DateTimeOffset asOf, TimeZoneInfo zone)
    {
        // By hand rather than in LINQ: every card (a year of a recipient's mail) and every report row comes
        // through here, and the sets and lists LINQ grew were most of the sidebar's rhythm.
        var from = asOf - Window;
        var days = new List<int>();
        foreach (var t in contactTimes)
            if (t < asOf && t >= from) days.Add(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, zone).DateTime).DayNumber);
        days.Sort();
        var distinct = 0;
        for (var i = 0; i < days.Count; i++)
            if (distinct == 0 || days[distinct - 1] != days[i]) days[distinct++] = days[i];
        if (distinct < 3) return null;
        var gaps = new double[distinct - 1];
        for (var i = 0; i < gaps.Length; i++) gaps[i] = days[i + 1] - days[i];
        Array.Sort(gaps);
        var middle = gaps.Length / 2;
        return gaps.Length % 2 == 1 ? gaps[middle] : (gaps[middle - 1] + gaps[middle]) / 2;
    }

    /// <summary>Silence longer than this is dormant: three usual gaps, at least 30 days; 90 days without a usual gap.</summary>
    public static TimeSpan DormancyThreshold(double? usualGapDays) =>
        usualGapDays is null
            ? DormancyWithoutCadence
            : TimeSpan.FromDays(Math.Max(MinimumDormancy.TotalDays, DormancyFactor * usualGapDays.Value));

    /// <summary>
    /// Dormant, or as the sidebar says it, "quiet for longer than usual": the last contact is further
    /// back than <see cref="DormancyThreshold"/>. The one rule behind the reports' dormant count and
    /// the card's flag, so the two never disagree.
    /// </summary>
    public static bool IsQuiet(DateTimeOffset? lastContact, double? usualGapDays, DateTimeOffset asOf) =>
        lastContact is { } last && asOf - last > DormancyThreshold(usualGapDays);

    /// <summary>
    /// Whether contact at <paramref name="at"/> breaks a dormant silence: there was contact before,
    /// and the latest was quiet by <see cref="IsQuiet"/> against the cadence of that moment. What
    /// counts a re-engagement in the reports, and a story's re-engagement.
    /// </summary>
    public static bool BreaksSilence(IEnumerable<DateTimeOffset> contactTimes, DateTimeOffset at, TimeZoneInfo zone)
    {
        var before = contactTimes.Where(t => t < at).ToList();
        // A first contact is not a re-engagement.
        return before.Count > 0 && IsQuiet(before.Max(), UsualGapDays(before, at, zone), at);
    }

    public static double? Median(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
