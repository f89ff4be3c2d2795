using OutlookRelations.Memory.Extraction;

namespace OutlookRelations.Memory.Remembering;

public enum FreshnessState
{
    /// <summary>A date ahead: a birthday in 5 days, a trip next week.</summary>
    Upcoming,
    /// <summary>Just over: still worth asking about once ("how was Cabo?").</summary>
    JustPassed,
    /// <summary>A promise whose date has passed.</summary>
    Overdue,
    /// <summary>A standing fact: family, pets, interests, preferences.</summary>
    Standing,
    /// <summary>Over and no longer worth raising; kept but not shown by default.</summary>
    Expired,
}

/// <summary>Where a detail stands on a given day; birthdays and anniversaries come round every year.</summary>
public sealed record Freshness(FreshnessState State, DateOnly? When, int? DaysAway)
{
    public const int AskAboutWithinDays = 30;
    public const int UndatedTripLastsDays = 60;
    /// <summary>A promise is an open loop this long after its date; after that we assume it was kept or dropped.</summary>
    public const int OverdueForDays = 14;
    public const int UndatedPromiseLastsDays = 30;
    /// <summary>News without a date ("we're moving next month", "I've joined Dynegy") is old news after this long.</summary>
    public const int UndatedNewsLastsDays = 90;

    /// <param name="askedSince">The owner has written to the contact since the date passed: asked already.</param>
    public static Freshness Of(ArtifactKind kind, DateOnly? date, DateTimeOffset lastMentionedAt, DateOnly today, bool askedSince = false)
    {
        if (kind is ArtifactKind.Birthday or ArtifactKind.Anniversary && date is { } yearly)
        {
            var next = NextOccurrence(yearly, today);
            return new Freshness(FreshnessState.Upcoming, next, next.DayNumber - today.DayNumber);
        }
        if (date is { } when)
        {
            var days = when.DayNumber - today.DayNumber;
            if (days >= 0) return new Freshness(FreshnessState.Upcoming, when, days);
            if (kind == ArtifactKind.Commitment)
                return new Freshness(-days <= OverdueForDays ? FreshnessState.Overdue : FreshnessState.Expired, when, days);
            // "How was Cabo?", "How did Ella's tournament go?": worth asking once, soon after.
            if (-days <= AskAboutWithinDays && !askedSince) return new Freshness(FreshnessState.JustPassed, when, days);
            // A dated detail is an event, whatever its kind: Ella's recital in May is not a standing fact in December.
            return new Freshness(FreshnessState.Expired, when, days);
        }
        var age = today.DayNumber - DateOnly.FromDateTime(lastMentionedAt.UtcDateTime).DayNumber;
        if ((kind == ArtifactKind.Travel && age > UndatedTripLastsDays) || (kind == ArtifactKind.Commitment && age > UndatedPromiseLastsDays)
            || (kind is ArtifactKind.LifeEvent or ArtifactKind.WorkChange or ArtifactKind.CompanyNews && age > UndatedNewsLastsDays))
            return new Freshness(FreshnessState.Expired, null, null);
        return new Freshness(FreshnessState.Standing, null, null);
    }

    private static DateOnly NextOccurrence(DateOnly date, DateOnly today)
    {
        for (var year = today.Year; ; year++)
        {
            var day = Math.Min(date.Day, DateTime.DaysInMonth(year, date.Month)); // 29 February in other years
            var candidate = new DateOnly(year, date.Month, day);
            if (candidate >= today) return candidate;
        }
    }
}
