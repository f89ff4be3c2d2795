using OutlookRelations.Server.Engagement;

namespace OutlookRelations.Server.Tests.Engagement;

/// <summary>Each metric against a small history worked out by hand (numbers in the comments).</summary>
public sealed class MetricDefinitionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero); // a Monday
    private static readonly ReportPeriod March = new(new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);
    private static readonly DateTimeOffset Later = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static long _id;

    private static PairMessage Owner(string conversation, DateTimeOffset at, bool smallTalk = false) => new(++_id, conversation, Side.Owner, at, smallTalk);
    private static PairMessage Contact(string conversation, DateTimeOffset at, bool smallTalk = false) => new(++_id, conversation, Side.Contact, at, smallTalk);
    private static PairHistory History(params PairMessage[] messages) => new(Guid.Empty, 1, messages, []);

    [Fact]
    public void Turns_pair_by_conversation_and_runs_from_one_side_count_once()
    {
        // Thread a: you write (9:00); they answer twice (11:00, 11:30); you answer at 14:30.
        // Thread b: they write (day 2, 10:00); nobody answers.
        var m = RelationshipMetrics.Compute(History(
            Owner("a", T0), Contact("a", T0.AddHours(2)), Contact("a", T0.AddHours(2.5)), Owner("a", T0.AddHours(5.5)),
            Contact("b", T0.AddDays(1).AddHours(1))), March, Later);

        Assert.Equal((2, 3), (m.Sent, m.Received));
        Assert.Equal((1, 1), (m.ThreadsStartedByOwner, m.ThreadsStartedByContact));
        Assert.Equal((2, 1), (m.ContactTurns, m.ContactTurnsAnswered)); // their turn in a was answered, b was not
        Assert.Equal((2, 1), (m.OwnerTurns, m.OwnerTurnsAnswered));    // your 9:00 turn was answered, your 14:30 not yet
        Assert.Equal(0.5, m.OwnerReplyRate);
        Assert.Equal([3.0], m.OwnerResponseHours);   // 11:30 → 14:30, from the last message of their turn
        Assert.Equal([2.0], m.ContactResponseHours); // 9:00 → 11:00
        Assert.Equal(T0.AddHours(5.5), m.LastTwoWayAt);
        Assert.Equal(2.0 / 3, m.Reciprocity!.Value, 10);
    }

    [Fact]
    public void The_period_counts_what_started_in_it_and_an_answer_must_come_before_it_ends()
    {
        var end = March.To;
        // They wrote on 31 March at 20:00; you answered on 1 April.
        var m = RelationshipMetrics.Compute(History(Contact("a", end.AddHours(-4)), Owner("a", end.AddHours(10))), March, Later);

        Assert.Equal((0, 1), (m.Sent, m.Received));
        Assert.Equal((1, 0), (m.ContactTurns, m.ContactTurnsAnswered));
        Assert.Equal(0.0, m.OwnerReplyRate);
        Assert.Null(m.OwnerMedianResponseHours);
        Assert.Equal(end, m.AsOf);
    }

    [Fact]
    public void Meetings_count_hours_before_the_end_and_first_and_last_contact_include_them()
    {
        var history = new PairHistory(Guid.Empty, 1, [Contact("a", T0.AddDays(3))],
            [new PairMeeting(T0, T0.AddMinutes(90)), new PairMeeting(T0.AddDays(10), T0.AddDays(10).AddMinutes(30)), new PairMeeting(T0.AddDays(60), T0.AddDays(60).AddHours(1))]);

        var m = RelationshipMetrics.Compute(history, March, Later);

        Assert.Equal(2, m.Meetings);         // the one in May is outside March
        Assert.Equal(2.0, m.MeetingHours);   // 1.5 h + 0.5 h
        Assert.Equal(T0, m.FirstContactAt);
        Assert.Equal(T0.AddDays(10), m.LastContactAt); // as of the period's end: the May meeting is after it
    }

    [Fact]
    public void Small_talk_share_is_the_share_of_messages_that_carried_a_personal_detail()
    {
        var m = RelationshipMetrics.Compute(History(Contact("a", T0, smallTalk: true), Owner("a", T0.AddHours(1)), Contact("b", T0.AddDays(1)), Owner("b", T0.AddDays(1).AddHours(1), smallTalk: true)), March, Later);

        Assert.Equal(2, m.SmallTalkMessages);
        Assert.Equal(0.5, m.SmallTalkShare);
    }

    [Fact]
    public void Usual_cadence_is_the_median_gap_between_contact_days_in_the_reports_time_zone()
    {
        // 23:30 UTC on the 2nd, 00:30 UTC on the 3rd, noon on the 4th and the 6th.
        // UTC days 2, 3, 4, 6: gaps 1, 1, 2, median 1. Berlin (UTC+1) days 3, 3, 4, 6: gaps 1, 2, median 1.5.
        var day = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        var times = new[] { day.AddHours(23.5), day.AddHours(24.5), day.AddDays(2).AddHours(12), day.AddDays(4).AddHours(12) };
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        Assert.Equal(1.0, Cadence.UsualGapDays(times, Later, TimeZoneInfo.Utc));
        Assert.Equal(1.5, Cadence.UsualGapDays(times, Later, berlin));
        Assert.Null(Cadence.UsualGapDays(times.Take(2), Later, TimeZoneInfo.Utc));
    }

    [Fact]
    public void A_silence_beyond_three_usual_gaps_is_dormant_and_the_answered_turn_that_ends_it_is_a_re_engagement()
    {
        // Weekly mail for 8 weeks (usual gap 7 days → dormant after max(30, 21) = 30 days),
        // then 60 days of silence, then they write and you answer the same day.
        var weekly = Enumerable.Range(0, 8).Select(w => Contact($"w{w}", T0.AddDays(7 * w))).ToList();
        var lastWeekly = T0.AddDays(49);
        var comeback = lastWeekly.AddDays(60);
        var messages = weekly.Append(Contact("back", comeback)).Append(Owner("back", comeback.AddHours(3))).ToArray();
        var whole = new ReportPeriod(T0.AddDays(-1), comeback.AddDays(30), TimeZoneInfo.Utc);

        var duringSilence = RelationshipMetrics.Compute(History(messages), whole, lastWeekly.AddDays(31));
        var after = RelationshipMetrics.Compute(History(messages), whole, comeback.AddDays(1));

        Assert.Equal(7.0, duringSilence.UsualGapDays);
        Assert.True(duringSilence.Dormant);
        Assert.Equal(0, duringSilence.ReEngagements);
        Assert.False(after.Dormant);
        Assert.Equal(1, after.ReEngagements);
        Assert.Equal(comeback.AddHours(3), after.LastTwoWayAt);
    }

    [Fact]
    public void Strength_halves_every_ninety_days()
    {
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var period = new ReportPeriod(at, at.AddDays(365), TimeZoneInfo.Utc);

        var m = RelationshipMetrics.Compute(History(Contact("a", at), Owner("b", at)), period, at.AddDays(90));

        Assert.Equal(1.0, m.Strength, 10); // two exchanges, each worth ½ after one half-life
    }

    [Fact]
    public void No_mail_means_no_rates_rather_than_zero_rates()
    {
        var m = RelationshipMetrics.Compute(new PairHistory(Guid.Empty, 1, [], [new PairMeeting(T0, T0.AddHours(1))]), March, Later);

        Assert.Null(m.OwnerReplyRate);
        Assert.Null(m.Reciprocity);
        Assert.Null(m.SmallTalkShare);
        Assert.Null(m.OwnerMedianResponseHours);
        Assert.Equal(1, m.Meetings);
    }
}
