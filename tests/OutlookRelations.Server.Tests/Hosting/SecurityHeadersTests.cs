namespace OutlookRelations.Server.Tests.Hosting;

/// <summary>Issue 15: the pages had no Content-Security-Policy, nosniff or Referrer-Policy.</summary>
public sealed class SecurityHeadersTests
{
    [Theory]
    [InlineData("/taskpane.html")]
    [InlineData("/reports.html")]
    [InlineData("/admin.html")]
    [InlineData("/api/client-config")]
    public async Task Pages_and_api_answers_carry_the_policy_an_Office_add_in_needs(string path)
    {
        await using var app = new RelationsApp(null);
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path);

        response.EnsureSuccessStatusCode();
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single().Split("; ").ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..]);
        Assert.Equal(["'self'", "https://appsforoffice.microsoft.com"], policy["script-src"]); // no inline script, no eval
        Assert.Equal(["'self'"], policy["default-src"]);
        Assert.Equal(["'none'"], policy["object-src"]);
        Assert.Contains("https://login.microsoftonline.com", policy["connect-src"]);
        Assert.False(policy.ContainsKey("frame-ancestors")); // Outlook frames the pane from any Office host
    }
}
