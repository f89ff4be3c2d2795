using OutlookRelations.Server.Tests.Reports;

namespace OutlookRelations.Server.Tests.Identity;

/// <summary>
/// Issue 15: ?demoUser= chose the demo user on any request, so a link or another site's form could act
/// as someone else. It still picks who reads (GET); state-changing requests need the X-Demo-User header.
/// </summary>
[Collection(nameof(ReportsCollection))]
public sealed class DemoSignInTests(ReportsFixture reports)
{
    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task A_state_changing_request_does_not_choose_its_user_from_the_query(string method)
    {
        using var anonymous = reports.App.CreateClient();
        var request = new HttpRequestMessage(new HttpMethod(method), $"/api/reports/schedule?demoUser={ReportsFixture.Ian}");
        if (method != "DELETE") request.Content = JsonContent.Create(new { scope = "organisation" });
        if (method == "POST") request.RequestUri = new Uri($"/api/reports?demoUser={ReportsFixture.Ian}", UriKind.Relative);

        using var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Reads_still_take_the_query_and_writes_the_header()
    {
        using var anonymous = reports.App.CreateClient();
        var me = await anonymous.GetFromJsonAsync<JsonElement>($"/api/me?demoUser={ReportsFixture.Ian}");
        Assert.Equal(ReportsFixture.Ian, me.GetProperty("email").GetString());

        using var ian = reports.App.ClientAs(ReportsFixture.Ian);
        using var response = await ian.PostAsJsonAsync($"/api/reports?demoUser={ReportsFixture.Ana}", new { scope = "me" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await ian.GetAsync($"/api/reports/{id}")).StatusCode); // Ian's, by the header
    }
}
