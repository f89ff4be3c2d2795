using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Reports;
using OutlookRelations.Server.Reports.Workbook;

namespace OutlookRelations.Server.Tests.Reports;

/// <summary>
/// The pack a manager takes to a meeting (issue 19): native charts on the sheets they summarise, read
/// back by openpyxl with their series pointing at the right ranges, partial weeks left out of them,
/// and every sheet set up to print.
/// </summary>
public sealed class WorkbookChartsTests
{
    // A Wednesday to a Wednesday: the first and last weeks are partial.
    private static readonly DateTimeOffset From = new(2026, 9, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2026, 10, 28, 0, 0, 0, TimeSpan.Zero);

    internal static byte[] Workbook()
    {
        var period = new ReportPeriod(From, To, TimeZoneInfo.Utc);
        var now = To.AddDays(10);
        PairMessage Message(int i, Side side, int day) => new(i, $"c{i / 2}", side, From.AddDays(day), i % 3 == 0);
        var history = new PairHistory(Guid.Empty, 1, [.. Enumerable.Range(0, 40).Select(i => Message(i, i % 2 == 0 ? Side.Contact : Side.Owner, i + 1))],
            [new PairMeeting(From.AddDays(10), From.AddDays(10).AddHours(1))]);
        var metrics = RelationshipMetrics.Compute(history, period, now);
        var row = new RelationshipRow("ana@fabrikam.example", "Ana", "carla@contoso.example", "Carla", "Contoso", metrics, metrics, null);
        var total = new GroupRow("Ana", "ana@fabrikam.example", MetricTotals.Of([metrics]), MetricTotals.Of([metrics]));
        var data = new ReportData(new ReportSpec(ReportScope.Me, period), "Ana", now, total, [total], [row], [total], WeeklyTrends.Of([history], period, now), [],
            SmallTalkCase.Of([history], period, now));
        return EngagementWorkbook.Build(data);
    }

    private static JsonElement Sheet(JsonElement sheets, string name) => sheets.EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);

    [Fact]
    public async Task Weekly_trends_carry_line_charts_of_whole_weeks_with_titles_axes_and_a_legend()
    {
        var weeks = Sheet(await SpreadsheetReader.ReadChartsAsync(Workbook()), "Weekly trends");

        var charts = weeks.GetProperty("charts").EnumerateArray().ToList();
        Assert.Equal(["Messages and two-way exchanges each week", "Meetings and small talk each week"], charts.Select(c => c.GetProperty("title").GetString()));
        Assert.All(charts, c => Assert.Equal("lineChart", c.GetProperty("kind").GetString()));
        Assert.All(charts, c => Assert.Equal("Week starting", c.GetProperty("xAxis").GetString()));
        Assert.All(charts, c => Assert.True(c.GetProperty("legend").GetBoolean()));
        // Weeks of 31 Aug (partial: the period starts on 2 Sep) … 26 Oct (partial: it ends on 28 Oct) are rows 2 to 10.
        var messages = charts[0].GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(["'Weekly trends'!$B$3:$B$9", "'Weekly trends'!$C$3:$C$9", "'Weekly trends'!$D$3:$D$9"], messages.Select(s => s.GetProperty("values").GetString()));
        Assert.Equal(["'Weekly trends'!$B$1", "'Weekly trends'!$C$1", "'Weekly trends'!$D$1"], messages.Select(s => s.GetProperty("name").GetString()));
        Assert.All(messages, s => Assert.Equal("'Weekly trends'!$A$3:$A$9", s.GetProperty("categories").GetString()));
        Assert.Equal(["'Weekly trends'!$E$3:$E$9", "'Weekly trends'!$G$3:$G$9"],
            charts[1].GetProperty("series").EnumerateArray().Select(s => s.GetProperty("values").GetString()));
    }

    [Fact]
    public async Task The_partial_first_and_last_weeks_are_marked_in_the_table()
    {
        var weeks = (await SpreadsheetReader.ReadAsync(Workbook())).Single(s => s.Name == "Weekly trends");
        var marks = weeks.Data.Select(r => r[weeks.Column("Week")].Text).ToList();
        Assert.Equal(9, marks.Count);
        Assert.Equal("partial", marks[0]);
        Assert.Equal("partial", marks[^1]);
        Assert.All(marks.Skip(1).SkipLast(1), m => Assert.Equal("whole", m));
    }

    [Fact]
    public async Task The_summary_compares_rates_response_time_and_re_engagements_with_the_previous_period_in_bar_charts()
    {
        var summary = Sheet(await SpreadsheetReader.ReadChartsAsync(Workbook()), "Summary");
        var sheet = (await SpreadsheetReader.ReadAsync(Workbook())).Single(s => s.Name == "Summary");

        var rates = summary.GetProperty("charts").EnumerateArray().First();
        Assert.Equal("barChart", rates.GetProperty("kind").GetString());
        Assert.Equal("Share (%)", rates.GetProperty("yAxis").GetString());
        var series = rates.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(["'Summary'!$B$14:$B$17", "'Summary'!$C$14:$C$17"], series.Select(s => s.GetProperty("values").GetString()));
        // The rows those ranges cover are the four rates, by name.
        Assert.Equal(["Your reply rate", "Their reply rate", "Reciprocity", "Small talk share"], sheet.Rows.Skip(13).Take(4).Select(r => r[0].Text));
        Assert.Equal(3, summary.GetProperty("charts").GetArrayLength());

        // Re-engagements beside the dormant relationships they come from, in counts.
        var reEngagements = summary.GetProperty("charts").EnumerateArray().Last();
        Assert.Equal(("barChart", "Relationships"), (reEngagements.GetProperty("kind").GetString(), reEngagements.GetProperty("yAxis").GetString()));
        var values = reEngagements.GetProperty("series").EnumerateArray().First().GetProperty("values").GetString()!;
        var rows = System.Text.RegularExpressions.Regex.Matches(values, @"\$(\d+)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(["Re-engagements", "Dormant relationships"], sheet.Rows.Skip(rows[0] - 1).Take(rows[1] - rows[0] + 1).Select(r => r[0].Text));
    }

    [Fact]
    public async Task The_case_for_small_talk_comes_second_plain_words_first()
    {
        var sheets = await SpreadsheetReader.ReadAsync(Workbook());
        var case_ = sheets[1];
        Assert.Equal("The case for small talk", case_.Name);
        Assert.StartsWith("Not enough mail in this period", case_.Rows[1][0].Text); // one relationship, and it chats
        Assert.StartsWith("What this shows:", case_.Rows[2][0].Text);
        Assert.Contains(case_.Rows, r => r.Count > 0 && r[0].Text == "Their reply rate");
    }

    [Fact]
    public async Task Every_sheet_prints_landscape_one_page_wide_with_its_header_repeated_and_a_footer()
    {
        var sheets = await SpreadsheetReader.ReadChartsAsync(Workbook());

        Assert.Equal(EngagementWorkbook.SheetNames, sheets.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        foreach (var sheet in sheets.EnumerateArray())
        {
            var name = sheet.GetProperty("name").GetString();
            Assert.Equal("landscape", sheet.GetProperty("orientation").GetString());
            Assert.True(sheet.GetProperty("fitToWidth").GetBoolean(), name);
            Assert.Equal(name == "Summary" ? "11:11" : "1:1", sheet.GetProperty("printTitleRows").GetString());
            Assert.Equal("OutlookRelations · 2026-09-02 to 2026-10-27 (UTC) | Page &P of &N", sheet.GetProperty("footer").GetString());
        }
    }

    [Fact]
    public async Task The_summary_opens_with_sentences_above_its_table()
    {
        var summary = (await SpreadsheetReader.ReadAsync(Workbook())).Single(s => s.Name == "Summary");

        // 56 days, the same mail in both periods (the fixture measures one history twice).
        Assert.Equal("You exchanged 40 messages with 1 person in these 56 days, as many as the 56 days before.", summary.Rows[4][0].Text);
        Assert.Equal("Metric", summary.Rows[SummarySheet.HeaderRow - 1][0].Text);
    }

    [Fact]
    public async Task Reply_rate_colours_centre_on_the_median_of_the_rows_and_the_sheet_says_so()
    {
        var sheets = await SpreadsheetReader.ReadChartsAsync(Workbook());
        var read = await SpreadsheetReader.ReadAsync(Workbook());

        foreach (var name in new[] { "People", "Organisations" })
        {
            var scale = Assert.Single(Sheet(sheets, name).GetProperty("colourScales").EnumerateArray());
            Assert.Equal("I2", scale.GetProperty("range").GetString()); // "Your reply rate" of the one row
            Assert.Equal(["min", "percentile", "max"], scale.GetProperty("stops").EnumerateArray().Select(s => s.GetProperty("type").GetString()));
            Assert.Equal(50, scale.GetProperty("stops")[1].GetProperty("value").GetDouble());
            var note = read.Single(s => s.Name == name).Rows[0].Select(c => c.Text).Single(t => t?.StartsWith("Colours on", StringComparison.Ordinal) == true);
            Assert.Matches(@"^Colours on ""Your reply rate"": yellow is the median of these rows \(\d+%\), green above it, red below\.$", note);
        }
    }
}
