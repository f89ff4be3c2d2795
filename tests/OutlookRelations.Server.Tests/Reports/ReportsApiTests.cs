using OutlookRelations.Server.Reports.Workbook;

namespace OutlookRelations.Server.Tests.Reports;

/// <summary>
/// Reports end to end: asked for over HTTP, built by the Hangfire job server, downloaded, and read
/// back with openpyxl: the sheets hold the same figures the API reports.
/// </summary>
[Collection(nameof(ReportsCollection))]
public sealed class ReportsApiTests(ReportsFixture reports)
{
    private async Task<(Guid Id, JsonElement Report)> BuildAsync(HttpClient client, object request)
    {
        using var response = await client.PostAsJsonAsync("/api/reports", request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal($"/api/reports/{id}", response.Headers.Location?.ToString());
        return (id, await reports.WaitForAsync(client, id));
    }

    [Fact]
    public async Task A_report_of_my_own_relationships_is_built_in_the_background_and_reads_back_equal_to_the_api()
    {
        using var ana = reports.App.ClientAs(ReportsFixture.Ana);

        var (id, report) = await BuildAsync(ana, new { scope = "me" });

        Assert.Equal("succeeded", report.GetProperty("status").GetString());
        Assert.Equal(100, report.GetProperty("progress").GetInt32());
        using var file = await ana.GetAsync($"/api/reports/{id}/file");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"^OutlookRelations me report - Ana - to \d{4}-\d{2}-\d{2}\.xlsx$", file.Content.Headers.ContentDisposition?.FileNameStar ?? file.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var sheets = await SpreadsheetReader.ReadAsync(await file.Content.ReadAsByteArrayAsync());

        Assert.Equal(EngagementWorkbook.SheetNames, sheets.Select(s => s.Name));
        var headline = report.GetProperty("headline");
        var summary = sheets[0];
        var messagesRow = summary.Rows.Single(r => r[0].Text == "Messages");
        Assert.Equal(headline.GetProperty("messages").GetInt32(), messagesRow[1].Number);
        Assert.Equal(headline.GetProperty("meetings").GetInt32(), summary.Rows.Single(r => r[0].Text == "Meetings")[1].Number);
        // Newsletters are one line of their own, and in no relationship.
        Assert.Equal(ReportsFixture.NewslettersToAna, headline.GetProperty("automatedMessages").GetInt32());
        Assert.Contains(summary.Rows, r => r[0].Text == $"Newsletters and automated mail: {ReportsFixture.NewslettersToAna} messages");
        Assert.DoesNotContain(sheets.Single(s => s.Name == "Relationships").Rows, r => r.Any(c => c.Text == ReportsFixture.Newsletter.Address));
        // The People row for Ana, the Relationships rows and the weekly trends all add up to the same messages.
        var people = sheets.Single(s => s.Name == "People");
        Assert.Equal(headline.GetProperty("messages").GetInt32(), people.Data.Single()[people.Column("Messages")].Number);
        var relationships = sheets.Single(s => s.Name == "Relationships");
        Assert.Equal(headline.GetProperty("messages").GetInt32(),
            relationships.Data.Sum(r => r[relationships.Column("Sent")].Number + r[relationships.Column("Received")].Number));
        var weeks = sheets.Single(s => s.Name == "Weekly trends");
        Assert.Equal(headline.GetProperty("messages").GetInt32(), weeks.Data.Sum(r => r[1].Number + r[2].Number));
        Assert.All(sheets.Skip(1), s => Assert.Equal("A2", s.Frozen));
        Assert.NotNull(relationships.Filter);
    }

    [Fact]
    public async Task Text_from_email_never_becomes_a_formula_and_the_dormant_sheet_has_a_talking_point()
    {
        using var ana = reports.App.ClientAs(ReportsFixture.Ana);
        var (id, _) = await BuildAsync(ana, new { scope = "me", from = TestClock.Origin.AddDays(-200).ToString("yyyy-MM-dd") });
        var sheets = await SpreadsheetReader.ReadAsync(await ana.GetByteArrayAsync($"/api/reports/{id}/file"));

        var relationships = sheets.Single(s => s.Name == "Relationships");
        var name = relationships.Data.Single(r => r[1].Text == ReportsFixture.Formula.Address)[relationships.Column("Name")];
        Assert.Equal(ReportsFixture.Formula.Name, name.Text);
        Assert.Equal("s", name.Type);
        Assert.True(name.QuotePrefix);
        Assert.DoesNotContain(sheets.SelectMany(s => s.Rows).SelectMany(r => r), c => c.Type == "f");

        var dormant = sheets.Single(s => s.Name == "Dormant to re-engage");
        Assert.Contains(dormant.Data, r => r[1].Text == ReportsFixture.Quiet.Address);
    }

    [Fact]
    public async Task A_manager_gets_their_direct_reports_from_the_directory()
    {
        using var nina = reports.App.ClientAs(ReportsFixture.Nina);

        var (id, report) = await BuildAsync(nina, new { scope = "team" });

        Assert.Equal("succeeded", report.GetProperty("status").GetString());
        var sheets = await SpreadsheetReader.ReadAsync(await nina.GetByteArrayAsync($"/api/reports/{id}/file"));
        var people = sheets.Single(s => s.Name == "People");
        Assert.Equal([ReportsFixture.Ana, ReportsFixture.Bo], people.Data.Select(r => r[1].Text).Order());
        var organisations = sheets.Single(s => s.Name == "Organisations");
        Assert.Contains(organisations.Data, r => r[0].Text == "Adventure Works");
        // Talking points are only ever the requester's own: Nina has none with Ana's customers.
        Assert.All(sheets.Single(s => s.Name == "Dormant to re-engage").Data, r => Assert.Null(r[8].Text));
    }

    [Theory]
    [InlineData(ReportsFixture.Ana, "team")]
    [InlineData(ReportsFixture.Ana, "organisation")]
    [InlineData(ReportsFixture.Nina, "organisation")]
    [InlineData(ReportsFixture.Ian, "team")]
    public async Task Scopes_beyond_your_role_are_refused(string who, string scope)
    {
        using var client = reports.App.ClientAs(who);

        using var response = await client.PostAsJsonAsync("/api/reports", new { scope });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_admin_gets_the_whole_organisation()
    {
        using var ian = reports.App.ClientAs(ReportsFixture.Ian);

        var (id, _) = await BuildAsync(ian, new { scope = "organisation" });

        var people = (await SpreadsheetReader.ReadAsync(await ian.GetByteArrayAsync($"/api/reports/{id}/file"))).Single(s => s.Name == "People");
        Assert.Equal(4, people.Data.Count());
    }

    [Fact]
    public async Task Nobody_sees_or_downloads_someone_elses_report()
    {
        using var nina = reports.App.ClientAs(ReportsFixture.Nina);
        using var bo = reports.App.ClientAs(ReportsFixture.Bo);
        var (id, _) = await BuildAsync(nina, new { scope = "me" });

        Assert.Equal(HttpStatusCode.NotFound, (await bo.GetAsync($"/api/reports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bo.GetAsync($"/api/reports/{id}/file")).StatusCode);
        Assert.DoesNotContain((await bo.GetFromJsonAsync<JsonElement>("/api/reports")).EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
    }

    [Theory]
    [InlineData("""{"scope":"everyone"}""", "scope")]
    [InlineData("""{}""", "scope")]
    [InlineData("""{"scope":"me","from":"2026-05-01","to":"2026-04-01"}""", "from")]
    [InlineData("""{"scope":"me","timeZone":"Mars/Olympus_Mons"}""", "timeZone")]
    [InlineData("""{"scope":"me","from":"2020-01-01","to":"2026-01-01"}""", "to")]
    public async Task Bad_requests_get_a_problem_naming_the_field(string body, string field)
    {
        using var ana = reports.App.ClientAs(ReportsFixture.Ana);

        using var response = await ana.PostAsync("/api/reports", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), body);
    }
}
