using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Reports;
using OutlookRelations.Server.Reports.Workbook;

namespace OutlookRelations.Server.Tests.Reports;

/// <summary>
/// Issue 19: the pack is about customers. Mail with colleagues (the tenant's own domain) counts in no
/// figure, comes after customers on every sheet, and is summed on one line of its own.
/// </summary>
public sealed class ColleaguesApartTests
{
    private static readonly DateTimeOffset From = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly ReportPeriod Period = new(From, From.AddDays(28), TimeZoneInfo.Utc);
    private static readonly Guid Ana = Guid.NewGuid();

    // Carla (a customer) and Ian (a colleague, who writes far more) each exchange mail with Ana.
    private static async Task<ReportData> AssembleAsync()
    {
        PairMessage Message(long id, Side side, int day) => new(id, $"t{id / 2}", side, From.AddDays(day), SmallTalk: false);
        var carla = new PairHistory(Ana, 1, [Message(1, Side.Contact, 1), Message(2, Side.Owner, 2)], []);
        var ian = new PairHistory(Ana, 2, [.. Enumerable.Range(0, 10).Select(i => Message(10 + i, i % 2 == 0 ? Side.Contact : Side.Owner, 3 + i))], []);
        var contacts = new Dictionary<long, ReportCalculator.ReportContact>
        {
            [1] = new("carla@contoso.example", "Carla", "Contoso"),
            [2] = new("ian@fabrikam.example", "Ian", "Fabrikam", Colleague: true),
        };
        return await ReportCalculator.AssembleAsync(new ReportSpec(ReportScope.Me, Period), "Ana", From.AddDays(30),
            [new ReportCalculator.ReportPerson(Ana, "ana@fabrikam.example", "Ana")], contacts, [ian, carla], null, new Dictionary<long, string>(), (_, _) => Task.CompletedTask);
    }

    [Fact]
    public async Task Colleagues_count_in_no_figure_and_come_after_customers()
    {
        var data = await AssembleAsync();

        Assert.Equal(2, data.Total.Now.Messages); // Carla's two, not Ian's ten
        Assert.Equal(1, data.Total.Now.ActiveRelationships);
        Assert.Equal(2, data.People.Single().Now.Messages);
        Assert.Equal(2, data.Weeks.Sum(w => w.Sent + w.Received));
        Assert.Equal(["carla@contoso.example", "ian@fabrikam.example"], data.Relationships.Select(r => r.ContactEmail));
        Assert.Equal([("Contoso", "Contoso"), ("Fabrikam", "your colleagues")], data.Organisations.Select(o => (o.Name, o.Key)));
        Assert.Equal(10, data.Colleagues!.Now.Messages);
    }

    [Fact]
    public async Task The_workbook_says_where_colleagues_begin_and_sums_them_on_the_summary()
    {
        var sheets = await SpreadsheetReader.ReadAsync(EngagementWorkbook.Build(await AssembleAsync()));

        var relationships = sheets.Single(s => s.Name == "Relationships");
        Assert.Equal(["customer", "colleague"], relationships.Data.Select(r => r[relationships.Column("With")].Text));
        var summary = sheets.Single(s => s.Name == "Summary");
        Assert.Contains(summary.Rows, r => r.Count > 0 && r[0].Text == "Colleagues: 1 relationship, 10 messages");
        Assert.Equal("You exchanged 2 messages with 1 person this month, against none last month.", summary.Rows[4][0].Text);
    }
}
