using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using OutlookRelations.Server.Tests.Reports;

namespace OutlookRelations.Server.Tests.Hosting;

/// <summary>
/// Issue 15: malformed JSON, wrong JSON types, unparsable query values, dates near year 1 and settings
/// with missing or null lists answered 500 (Development) or a bare "Bad Request" (Production). Each is
/// a 400 ProblemDetails naming the field.
/// </summary>
[Collection(nameof(ReportsCollection))]
public sealed class BadInputTests(ReportsFixture reports)
{
    [Theory]
    [InlineData("POST", "/api/reports", "{not json", "body")]
    [InlineData("POST", "/api/reports", """{"scope":"me","from":"yesterday"}""", "from")]
    [InlineData("POST", "/api/reports", """{"scope":5}""", "scope")]
    [InlineData("POST", "/api/reports", """{"scope":"me","from":"0001-01-01","timeZone":"Asia/Tokyo"}""", "from")]
    [InlineData("POST", "/api/reports", """{"scope":"me","to":"0001-01-01","timeZone":"America/New_York"}""", "to")]
    [InlineData("POST", "/api/reports", """{"scope":"me","to":"9999-12-31","timeZone":"Asia/Tokyo"}""", "to")]
    [InlineData("PUT", "/api/reports/schedule", "[]", "body")]
    [InlineData("PUT", "/api/admin/settings", "{}", "excludedDomains")]
    [InlineData("PUT", "/api/admin/settings", """{"excludedDomains":[null],"excludedAddresses":[],"collectedKinds":[]}""", "excludedDomains")]
    [InlineData("PUT", "/api/admin/settings", """{"excludedDomains":[],"excludedAddresses":[],"collectedKinds":[],"collectSensitive":"yes"}""", "collectSensitive")]
    [InlineData("GET", "/api/contacts?top=abc", null, "top")]
    [InlineData("GET", "/api/sidebar?recipients=,,", null, null)]
    public async Task Bad_input_is_a_400_problem_naming_the_field(string method, string url, string? body, string? field)
    {
        using var ian = reports.App.ClientAs(ReportsFixture.Ian);
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null) request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await ian.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (field is not null) Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    // Found by NoServerErrorTests: SQLite refused the LIKE pattern ("pattern too complex"), a 500.
    [Fact]
    public async Task A_search_longer_than_any_address_is_a_400_naming_search()
    {
        using var ian = reports.App.ClientAs(ReportsFixture.Ian);
        using var response = await ian.GetAsync($"/api/contacts?search={new string('x', 60_000)}");
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "search");
    }

    // Found by NoServerErrorTests: minimal APIs threw InvalidOperationException binding the body, a 500.
    [Fact]
    public async Task A_body_in_a_charset_no_encoding_answers_to_is_a_415_naming_the_content_type()
    {
        using var ian = reports.App.ClientAs(ReportsFixture.Ian);
        var content = new StringContent("""{"scope":"me"}""");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json; charset=nonsense");
        using var response = await ian.PutAsync("/api/reports/schedule", content);
        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "Content-Type");
    }

    // Found by NoServerErrorTests: a bare 400 that did not say the token was too long.
    [Fact]
    public async Task A_validation_token_too_long_to_echo_is_a_400_naming_it()
    {
        using var anonymous = reports.App.CreateClient();
        using var response = await anonymous.PostAsync($"/api/graph/notifications?validationToken={new string('x', 3000)}", null);
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "validationToken");
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public void Binding_failures_throw_to_the_problem_handler_whatever_the_environment() =>
        Assert.True(reports.App.Services.GetRequiredService<IOptions<RouteHandlerOptions>>().Value.ThrowOnBadRequest);
}
