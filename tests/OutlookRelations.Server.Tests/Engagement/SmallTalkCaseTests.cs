using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Reports.Workbook;

namespace OutlookRelations.Server.Tests.Engagement;

/// <summary>The case for small talk against hand-worked fixtures (issue 19).</summary>
public sealed class SmallTalkCaseTests
{
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly ReportPeriod Period = new(Start, Start.AddDays(30), TimeZoneInfo.Utc);
    private static readonly DateTimeOffset Now = Start.AddDays(40);
    private static int _ids;

    private static PairMessage Ours(string thread, double day, bool talk = false) => new(++_ids, thread, Side.Owner, Start.AddDays(day), talk);
    private static PairMessage Theirs(string thread, double day, bool talk = false) => new(++_ids, thread, Side.Contact, Start.AddDays(day), talk);
    private static PairHistory Pair(long contact, params PairMessage[] messages) => new(Guid.Empty, contact, messages, []);

    // Reply rates by hand: with small talk 1/2 and 1/1 (mean 0.75), without 0/1 and 1/2 (mean 0.25).
    // Their response times: with 24 h and 48 h (median 36), without 12 h (median 12).
    private static readonly PairHistory[] Fixture =
    [
        Pair(1, Ours("a", 1), Theirs("a", 2, talk: true), Ours("b", 3)),
        Pair(2, Ours("c", 1), Theirs("c", 3, talk: true)),
        Pair(3, Ours("d", 1)),
        Pair(4, Ours("e", 1), Theirs("e", 1.5), Ours("f", 4)),
    ];

    [Fact]
    public void Relationships_with_small_talk_are_compared_with_those_without_on_reply_rate_and_response_time()
    {
        var figures = SmallTalkCase.Of(Fixture, Period, Now);

        var reply = figures.Between[0];
        Assert.Equal(("Their reply rate", 2, 0.75, 2, 0.25), (reply.Measure, reply.WithCount, reply.With!.Value, reply.WithoutCount, reply.Without!.Value));
        Assert.Equal(0.5, reply.Difference!.Value, 9);
        Assert.InRange(reply.Difference!.Value, reply.Low!.Value, reply.High!.Value);
        var response = figures.Between[1];
        Assert.Equal((36.0, 12.0, 24.0), (response.With!.Value, response.Without!.Value, response.Difference!.Value));
        Assert.Equal(1, response.WithoutCount);
        Assert.Null(response.Low); // one relationship on a side: no interval
        Assert.Equal(3, figures.Between.Count); // a quarter after the period has not passed yet: no strength comparison
    }

    [Fact]
    public void The_intervals_are_the_same_every_time()
    {
        var (a, b) = (SmallTalkCase.Of(Fixture, Period, Now).Between[0], SmallTalkCase.Of(Fixture, Period, Now).Between[0]);
        Assert.Equal((a.Low, a.High), (b.Low, b.High));
    }

    [Fact]
    public void Within_the_same_relationship_threads_with_small_talk_are_compared_with_threads_without()
    {
        PairHistory[] both =
        [
            // Answered where they chatted, not where they did not: +1.
            Pair(5, Ours("g", 1), Theirs("g", 2, talk: true), Ours("h", 5)),
            // Answered in both: 0.
            Pair(6, Ours("i", 1), Theirs("i", 2, talk: true), Ours("j", 5), Theirs("j", 6)),
            // Only one kind of thread: not in the paired comparison.
            Pair(7, Ours("k", 1), Theirs("k", 2)),
        ];

        var within = SmallTalkCase.Of(both, Period, Now).Within[0];

        Assert.Equal(2, within.WithCount);
        Assert.Equal(1.0, within.With!.Value);
        Assert.Equal(0.5, within.Without!.Value);
        Assert.Equal(0.5, within.Difference!.Value);
    }

    [Fact]
    public void Strength_a_quarter_later_is_compared_once_the_quarter_is_over()
    {
        var figures = SmallTalkCase.Of(Fixture, Period, Period.To + SmallTalkCase.Quarter + TimeSpan.FromDays(1));
        Assert.Equal("Relationship strength a quarter later", figures.Between[^1].Measure);
    }

    [Fact]
    public void The_sheet_leads_with_a_sentence_in_plain_words_and_says_what_the_figures_do_not_show()
    {
        var lead = SmallTalkCaseSheet.Lead(SmallTalkCase.Of(Fixture, Period, Now));
        Assert.StartsWith("Where your team's mail carried small talk, people answered 75% of your turns, against 25% where it did not (+50 points; 95% interval ", lead);
        Assert.EndsWith("2 and 2 relationships).", lead);
        Assert.Contains("does not show: that small talk causes", SmallTalkCaseSheet.Caveat.Replace("What it does not show", "does not show"), StringComparison.Ordinal);
        Assert.Equal("Not enough mail in this period to compare relationships with small talk and without.", SmallTalkCaseSheet.Lead(new SmallTalkCase([], [])));
    }
}
