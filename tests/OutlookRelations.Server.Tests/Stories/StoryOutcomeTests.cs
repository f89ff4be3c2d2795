using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Stories;

namespace OutlookRelations.Server.Tests.Stories;

/// <summary>What came of a story, worked by hand: a reply, a meeting, a re-engagement, each up to the report's end.</summary>
public sealed class StoryOutcomeTests
{
    private static readonly DateTimeOffset Day0 = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = Day0.AddDays(60);

    private static PairMessage Mail(long id, string conversation, Side side, double day) => new(id, conversation, side, Day0.AddDays(day), false);

    private static PairHistory History(IReadOnlyList<PairMessage> messages, params double[] meetingDays) =>
        new(Guid.Empty, 1, messages, [.. meetingDays.Select(d => new PairMeeting(Day0.AddDays(d), Day0.AddDays(d).AddHours(1)))]);

    [Fact]
    public void A_later_message_from_them_in_the_same_thread_is_a_reply_one_in_another_thread_is_not()
    {
        var history = History([Mail(1, "a", Side.Owner, 0), Mail(2, "b", Side.Contact, 1), Mail(3, "a", Side.Owner, 2)]);
        Assert.Equal(StoryOutcome.None, StoryOutcome.Of(history, "a", Day0, End, TimeZoneInfo.Utc));

        var replied = History([Mail(1, "a", Side.Owner, 0), Mail(2, "a", Side.Contact, 1)]);
        Assert.Equal(new StoryOutcome(true, false, false), StoryOutcome.Of(replied, "a", Day0, End, TimeZoneInfo.Utc));
        // After the report's end it has not happened yet, as far as the report knows.
        Assert.False(StoryOutcome.Of(replied, "a", Day0, Day0.AddHours(12), TimeZoneInfo.Utc).Reply);
    }

    [Fact]
    public void A_meeting_after_the_small_talk_counts_one_before_it_does_not()
    {
        var messages = new[] { Mail(1, "a", Side.Owner, 10) };
        Assert.False(StoryOutcome.Of(History(messages, 5), "a", Day0.AddDays(10), End, TimeZoneInfo.Utc).Meeting);
        Assert.True(StoryOutcome.Of(History(messages, 5, 12), "a", Day0.AddDays(10), End, TimeZoneInfo.Utc).Meeting);
    }

    [Fact]
    public void Small_talk_that_breaks_a_dormant_silence_and_is_answered_is_a_re_engagement_by_the_reports_definition()
    {
        // Weekly contact on days 0, 7, 14 (usual gap 7, threshold 30 days), then silence until day 50: dormant.
        var before = new[] { Mail(1, "x", Side.Owner, 0), Mail(2, "x", Side.Contact, 7), Mail(3, "y", Side.Owner, 14) };
        var answered = History([.. before, Mail(4, "s", Side.Owner, 50), Mail(5, "s", Side.Contact, 51)]);
        var unanswered = History([.. before, Mail(4, "s", Side.Owner, 50)]);
        var notDormant = History([.. before, Mail(4, "s", Side.Owner, 20), Mail(5, "s", Side.Contact, 21)]);

        Assert.Equal(new StoryOutcome(true, false, true), StoryOutcome.Of(answered, "s", Day0.AddDays(50), End, TimeZoneInfo.Utc));
        Assert.False(StoryOutcome.Of(unanswered, "s", Day0.AddDays(50), End, TimeZoneInfo.Utc).ReEngagement);
        Assert.False(StoryOutcome.Of(notDormant, "s", Day0.AddDays(20), End, TimeZoneInfo.Utc).ReEngagement);
        // The same turn counts in the relationship's re-engagements: one definition for both.
        var period = new ReportPeriod(Day0.AddDays(40), End, TimeZoneInfo.Utc);
        Assert.Equal(1, RelationshipMetrics.Compute(answered, period, End).ReEngagements);
    }

    [Fact]
    public void A_note_written_by_hand_has_no_thread_so_only_a_meeting_can_come_of_it()
    {
        var history = History([Mail(1, "a", Side.Contact, 2)], 3);
        Assert.Equal(new StoryOutcome(false, true, false), StoryOutcome.Of(history, null, Day0, End, TimeZoneInfo.Utc));
        Assert.Equal("meeting", new StoryOutcome(false, true, false).Words);
        Assert.Equal("nothing yet", StoryOutcome.None.Words);
        Assert.Equal(StoryOutcome.None, StoryOutcome.Of(null, "a", Day0, End, TimeZoneInfo.Utc));
    }
}
