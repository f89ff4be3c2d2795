using OutlookRelations.Server.Details;
using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Sidebar;

namespace OutlookRelations.Server.Tests.Sidebar;

public sealed class OpenerViewTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly RhythmView Usual = new(10, 3, false, 1, 1, 0);
    private static readonly PromisesView None = new([], []);

    private static DetailView Detail(string kind, string summary, string state, int? daysAway = null, DateOnly? when = null, int mentionedDaysAgo = 8) =>
        new(1, kind, summary, summary, when, Now.AddDays(-mentionedDaysAgo), 1, 0.9, false, "active", "extracted",
            new FreshnessView(state, when, daysAway), null, Now.AddDays(-mentionedDaysAgo), []);

    private static OpenerView? Choose(IReadOnlyList<DetailView> details, RhythmView? rhythm = null, IReadOnlyList<AwaitingView>? awaiting = null,
        PromisesView? promises = null, IReadOnlyList<RecentSubject>? recent = null) =>
        OpenerView.Choose("Carla Reyes", details, promises ?? None, awaiting ?? [], rhythm ?? Usual, recent ?? [], Now);

    [Fact]
    public void A_birthday_soon_is_a_wish_with_its_date_and_how_far_off_it_is()
    {
        var opener = Choose([Detail("birthday", "my birthday is next week", "upcoming", 5, new DateOnly(2026, 11, 25))]);
        Assert.Equal("Wish Carla a happy birthday on 25 November (in 5 days).", opener!.Text);
        Assert.Equal("upcoming", opener.Reason);
    }

    [Fact]
    public void Something_just_over_is_asked_about()
    {
        var opener = Choose([Detail("travel", "We're taking the kids to Cabo", "justPassed", -3, new DateOnly(2026, 11, 17))]);
        Assert.Equal("Ask Carla how it went: “We're taking the kids to Cabo” (3 days ago).", opener!.Text);
    }

    [Fact]
    public void An_unanswered_question_beats_a_standing_fact()
    {
        var opener = Choose([Detail("family", "My daughter plays chess", "standing")],
            awaiting: [new AwaitingView("Pilot", Now.AddDays(-2), "Could you send the results?")]);
        Assert.Equal("Answer Carla's question from 2 days ago: “Could you send the results?”", opener!.Text);
    }

    [Fact]
    public void A_quiet_relationship_picks_up_its_last_shared_topic()
    {
        var quiet = new RhythmView(10, 120, true, 1, 1, 0);
        var opener = Choose([Detail("interest", "I've started sailing on weekends", "standing", mentionedDaysAgo: 130)], quiet);
        Assert.Equal("It has been 4 months — longer than usual. Pick up where you left off: Carla mentioned on 13 Jul “I've started sailing on weekends”.", opener!.Text);
        Assert.Equal("quiet", opener.Reason);
    }

    [Fact]
    public void A_fresh_detail_is_an_opener_and_a_stale_one_is_not()
    {
        Assert.Equal("Carla mentioned on 12 Nov: “My daughter plays chess” — ask how it is going.",
            Choose([Detail("family", "My daughter plays chess", "standing")])!.Text);
        Assert.Null(Choose([Detail("family", "My daughter plays chess", "standing", mentionedDaysAgo: OpenerView.FreshDays + 1)]));
    }

    [Fact]
    public void A_note_written_by_hand_is_not_something_they_mentioned()
    {
        var note = Detail("interest", "Prefers tea", "standing") with { Origin = "manual" };
        Assert.Null(Choose([note]));
        Assert.Null(Choose([note], new RhythmView(10, 120, true, 1, 1, 0))?.DetailId);
    }

    [Fact]
    public void Your_own_promise_is_the_last_resort()
    {
        var promise = Detail("commitment", "I'll send the pricing sheet", "standing", mentionedDaysAgo: 200);
        Assert.Equal("You promised Carla: “I'll send the pricing sheet” — a reason to write.", Choose([], promises: new PromisesView([promise], []))!.Text);
    }

    [Fact]
    public void A_quiet_relationship_quotes_the_last_mail_between_you_not_a_newer_one_they_were_copied_on()
    {
        // 64 days since mail between the two of you; 6 days ago they were one of many on a broadcast.
        var quiet = new RhythmView(5.5, 64, true, 6, 1, 0);
        var recent = new RecentSubject[] { new("FUNDIES MEETING EVERY DAY", Now.AddDays(-6), "received"), new("RE: Basis quotes", Now.AddDays(-64.5), "sent") };

        Assert.Equal("It has been 2 months — longer than usual. Your last conversation was “Basis quotes” (16 Sept).", Choose([], quiet, recent: recent)!.Text);
        Assert.Equal("It has been 2 months — longer than usual. A short personal note to Carla is a good way back in.", Choose([], quiet, recent: recent[..1])!.Text);
    }

    [Fact]
    public void With_nothing_remembered_a_waiting_thread_then_the_last_topic_is_the_opener()
    {
        var recent = new RecentSubject[] { new("RE: FW: NETCO", Now.AddDays(-2), "received") };

        Assert.Equal("Reply to Carla about “Pilot” (3 days ago).", Choose([], awaiting: [new AwaitingView("Re: Pilot", Now.AddDays(-3), null)], recent: recent)!.Text);
        var topic = Choose([], recent: recent)!;
        Assert.Equal("Follow up with Carla on “NETCO” (18 Nov).", topic.Text);
        Assert.Equal("lastTopic", topic.Reason);
        Assert.Null(Choose([], recent: [new("NETCO", Now.AddDays(-(OpenerView.FreshDays + 1)), "received")]));
    }

    [Fact]
    public void Someone_known_only_by_address_is_they_where_they_are_the_subject()
    {
        OpenerView? Opener(params DetailView[] details) => OpenerView.Choose("jacquestc@aol.com", details, None, [], Usual, [], Now);

        Assert.Equal("They mentioned on 12 Nov: “My daughter plays chess” — ask how it is going.", Opener(Detail("family", "My daughter plays chess", "standing"))!.Text);
        Assert.Equal("Congratulate them — they mentioned on 12 Nov: “I've joined Contoso”.", Opener(Detail("work_change", "I've joined Contoso", "standing"))!.Text);
        Assert.Equal("Answer their question from 2 days ago: “Could you send it?”",
            OpenerView.Choose("jacquestc@aol.com", [], None, [new AwaitingView("x", Now.AddDays(-2), "Could you send it?")], Usual, [], Now)!.Text);
    }

    [Theory]
    [InlineData("Carla Reyes", "Carla")]
    [InlineData("Allen, Phillip K.", "Phillip")]
    [InlineData("k..allen@enron.com", "them")]
    [InlineData("  ", "them")]
    [InlineData("李 小龍", "李")]
    public void The_name_is_the_first_name(string displayName, string expected) => Assert.Equal(expected, OpenerView.FirstName(displayName));
}

public sealed class RhythmViewTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static PairHistory History(params int[] daysAgo) =>
        new(Guid.Empty, 1, [.. daysAgo.Select((d, i) => new PairMessage(i, $"t{i}", i % 2 == 0 ? Side.Contact : Side.Owner, Now.AddDays(-d), false))], []);

    [Theory]
    [InlineData(new[] { 100, 90, 80, 70 }, true)]   // usual gap 10, silent 70 > 30
    [InlineData(new[] { 100, 90, 80, 25 }, false)]  // silent 25 ≤ 30, the floor
    [InlineData(new[] { 300, 200, 100, 10 }, false)] // usual gap 100: quiet only after 300
    [InlineData(new[] { 300, 200 }, true)]          // no usual gap: 90 days without a word
    public void The_card_says_quiet_exactly_when_the_report_says_dormant(int[] daysAgo, bool quiet)
    {
        var history = History(daysAgo);
        var card = RhythmView.Of(YearOfContact.From(history, Now), null, Now, TimeZoneInfo.Utc);
        var report = RelationshipMetrics.Compute(history, new ReportPeriod(Now.AddDays(-365), Now, TimeZoneInfo.Utc), Now);

        Assert.Equal(quiet, card.QuietLongerThanUsual);
        Assert.Equal(report.Dormant, card.QuietLongerThanUsual);
        Assert.Equal(report.UsualGapDays, card.UsualGapDays);
    }

    [Fact]
    public void Someone_silent_for_over_a_year_is_quiet_by_their_last_contact_of_all_time()
    {
        var card = RhythmView.Of(null, Now.AddDays(-400), Now, TimeZoneInfo.Utc);
        Assert.True(card.QuietLongerThanUsual);
        Assert.Equal(400, card.DaysSinceContact);
        Assert.Null(card.UsualGapDays);
    }
}
