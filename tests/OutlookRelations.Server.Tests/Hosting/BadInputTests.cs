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

    [Fact]
    public void Binding_failures_throw_to_the_problem_handler_whatever_the_environment() =>
        Assert.True(reports.App.Services.GetRequiredService<IOptions<RouteHandlerOptions>>().Value.ThrowOnBadRequest);
}
