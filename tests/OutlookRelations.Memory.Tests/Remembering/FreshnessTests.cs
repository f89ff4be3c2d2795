using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Remembering;

namespace OutlookRelations.Memory.Tests.Remembering;

public sealed class FreshnessTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTimeOffset Mentioned = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Birthdays_come_round_every_year()
    {
        var soon = Freshness.Of(ArtifactKind.Birthday, new DateOnly(1994, 11, 28), Mentioned, Today);
        Assert.Equal((FreshnessState.Upcoming, new DateOnly(2026, 11, 28), 5), (soon.State, soon.When, soon.DaysAway));
        var nextYear = Freshness.Of(ArtifactKind.Birthday, new DateOnly(2024, 2, 29), Mentioned, Today); // a leap-day birthday
        Assert.Equal(new DateOnly(2027, 2, 28), nextYear.When);
    }

    [Fact]
    public void A_trip_is_upcoming_then_worth_asking_about_once_then_over()
    {
        Assert.Equal(FreshnessState.Upcoming, Freshness.Of(ArtifactKind.Travel, Today.AddDays(3), Mentioned, Today).State);
        Assert.Equal(FreshnessState.JustPassed, Freshness.Of(ArtifactKind.Travel, Today.AddDays(-5), Mentioned, Today).State);
        Assert.Equal(FreshnessState.Expired, Freshness.Of(ArtifactKind.Travel, Today.AddDays(-5), Mentioned, Today, askedSince: true).State);
        Assert.Equal(FreshnessState.Expired, Freshness.Of(ArtifactKind.Travel, Today.AddDays(-45), Mentioned, Today).State);
        Assert.Equal(FreshnessState.Expired, Freshness.Of(ArtifactKind.Travel, null, Mentioned.AddDays(-90), Today).State);
    }

    [Fact]
    public void Promises_fall_overdue_and_standing_facts_stay()
    {
        Assert.Equal(FreshnessState.Overdue, Freshness.Of(ArtifactKind.Commitment, Today.AddDays(-1), Mentioned, Today).State);
        Assert.Equal(FreshnessState.Expired, Freshness.Of(ArtifactKind.Commitment, Today.AddDays(-20), Mentioned, Today).State);
        Assert.Equal(FreshnessState.Standing, Freshness.Of(ArtifactKind.Commitment, null, Mentioned, Today).State);
        Assert.Equal(FreshnessState.Expired, Freshness.Of(ArtifactKind.Commitment, null, Mentioned.AddDays(-40), Today).State);
        Assert.Equal(FreshnessState.JustPassed, Freshness.Of(ArtifactKind.Family, Today.AddDays(-3), Mentioned, Today).State);
        Assert.Equal(FreshnessState.Standing, Freshness.Of(ArtifactKind.Family, null, Mentioned.AddYears(-3), Today).State);
    }

    [Fact]
    public void A_dated_event_of_any_kind_passes_and_undated_news_goes_stale()
    {
        // "Ella's recital on May 7" is not a standing fact about the family months later.
        Assert.Equal(FreshnessState.Expired, Freshness.Of(ArtifactKind.Family, Today.AddDays(-400), Mentioned, Today).State);
        Assert.Equal(FreshnessState.Expired, Freshness.Of(ArtifactKind.Interest, Today.AddDays(-45), Mentioned, Today).State);
        // "We're moving next month", said four months ago, is old news.
        Assert.Equal(FreshnessState.Expired, Freshness.Of(ArtifactKind.LifeEvent, null, Mentioned.AddDays(-120), Today).State);
        Assert.Equal(FreshnessState.Standing, Freshness.Of(ArtifactKind.LifeEvent, null, Mentioned.AddDays(-20), Today).State);
        Assert.Equal(FreshnessState.Standing, Freshness.Of(ArtifactKind.Interest, null, Mentioned.AddYears(-2), Today).State);
    }
}
