using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Reports;
using OutlookRelations.Server.Reports.Workbook;

namespace OutlookRelations.Server.Tests.Reports;

/// <summary>Issue 19: the Summary leads with the headline figures in sentences, worked by hand here.</summary>
public sealed class SummarySentencesTests
{
    private static readonly DateTimeOffset From = new(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);

    private static MetricTotals Totals(int active, int sent, int received, int contactTurns, int answered, double? medianHours,
        int dormant, int reEngagements, int smallTalk) =>
        new(active, active, sent, received, 0, 0, contactTurns, answered, 0, 0, medianHours, null, 0, 0, dormant, reEngagements, smallTalk, 0);

    private static ReportData Data(ReportScope scope, int days, MetricTotals now, MetricTotals before)
    {
        var period = new ReportPeriod(From, From.AddDays(days), TimeZoneInfo.Utc);
        var total = new GroupRow("Team", "", now, before);
        return new ReportData(new ReportSpec(scope, period), "Team", From.AddDays(days), total, [], [], [], [], []);
    }

    [Fact]
    public void A_team_quarter_reads_as_five_sentences_whose_numbers_are_the_tables()
    {
        // 1,234 messages against 1,102 (+11.98%); 81 of 100 answered against 78 of 100; 110 re-engaged against 84; 222 of 1,234 personal (17.99%).
        var data = Data(ReportScope.Team, 90,
            Totals(296, 600, 634, 100, 81, 4.2, dormant: 53, reEngagements: 110, smallTalk: 222),
            Totals(250, 500, 602, 100, 78, 5.0, dormant: 40, reEngagements: 84, smallTalk: 150));

        Assert.Equal(
        [
            "Your team exchanged 1,234 messages with 296 people this quarter, 12% more than last quarter.",
            "Your team's reply rate was 81%, up 3 points from last quarter; half of the answers came within 4.2 hours.",
            "Your team re-engaged 110 dormant relationships this quarter, 26 more than last quarter.",
            "53 relationships have been quiet for longer than usual: 'Dormant to re-engage' lists them, strongest first.",
            "18% of the messages carried something personal; 'The case for small talk' compares what came of them.",
        ], SummarySentences.Of(data));
    }

    [Fact]
    public void One_person_fewer_and_slower_in_a_month_reads_in_the_singular_and_downwards()
    {
        // 1 person, 1 message against 4 (−75%); 1 of 2 answered (50%) against 2 of 2; answers in 20 minutes; 1 re-engaged against 3.
        var data = Data(ReportScope.Me, 30,
            Totals(1, 1, 0, 2, 1, 1.0 / 3, dormant: 1, reEngagements: 1, smallTalk: 0),
            Totals(2, 2, 2, 2, 2, 2.0, dormant: 0, reEngagements: 3, smallTalk: 1));

        Assert.Equal(
        [
            "You exchanged 1 message with 1 person this month, 75% fewer than last month.",
            "Your reply rate was 50%, down 50 points from last month; half of the answers came within 20 minutes.",
            "You re-engaged 1 dormant relationship this month, 2 fewer than last month.",
            "1 relationship has been quiet for longer than usual: 'Dormant to re-engage' lists them, strongest first.",
            "0% of the messages carried something personal; 'The case for small talk' compares what came of them.",
        ], SummarySentences.Of(data));
    }

    [Fact]
    public void An_empty_period_of_no_usual_length_says_so_in_one_sentence()
    {
        var none = Totals(0, 0, 0, 0, 0, null, 0, 0, 0);

        Assert.Equal(["Your organisation had no mail or meetings with anyone outside the mailbox in these 45 days."],
            SummarySentences.Of(Data(ReportScope.Organisation, 45, none, none)));
    }
}
