using Microsoft.AspNetCore.Mvc.Testing;
using OutlookRelations.Server.Identity;
using OutlookRelations.Server.Tests.Identity;

namespace OutlookRelations.Server.Tests.Jobs;

/// <summary>
/// A browser's sign-in to /jobs in Entra mode: the admin page posts its bearer token to
/// /api/admin/jobs-session, and the cookie it gets back opens the dashboard, and nothing else.
/// </summary>
[Collection(nameof(EntraCollection))]
public sealed class JobsSessionTests(EntraFixture entra)
{
    private HttpClient Client(string? bearer = null, string? cookie = null)
    {
        var client = entra.App.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        if (bearer is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", bearer);
        if (cookie is not null) client.DefaultRequestHeaders.Add("Cookie", $"relations-jobs={cookie}");
        return client;
    }

    [Fact]
    public async Task An_admins_token_becomes_a_cookie_for_jobs_only_that_opens_the_dashboard()
    {
        var token = entra.TokenFor(entra.Ian, t => t with { Roles = [Roles.Admin] });
        using var admin = Client(bearer: token);

        using var session = await admin.PostAsync("/api/admin/jobs-session", null);

        Assert.Equal(HttpStatusCode.NoContent, session.StatusCode);
        var cookie = Assert.Single(session.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"relations-jobs={token};", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/jobs", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("expires=", cookie, StringComparison.OrdinalIgnoreCase);

        using var browser = Client(cookie: token);
        using var dashboard = await browser.GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("OutlookRelations jobs", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The cookie is the dashboard's alone: the API still wants the header.
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/admin/settings")).StatusCode);
    }

    [Fact]
    public async Task Without_the_admin_role_there_is_no_cookie_and_a_cookie_is_validated_like_a_bearer_token()
    {
        var userToken = entra.TokenFor(entra.Ana);
        using var user = Client(bearer: userToken);
        using var refused = await user.PostAsync("/api/admin/jobs-session", null);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Set-Cookie"));

        using var withUserCookie = Client(cookie: userToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await withUserCookie.GetAsync("/jobs")).StatusCode);
        var expired = entra.TokenFor(entra.Ian, t => t with { Roles = [Roles.Admin] }, now: TestClock.Origin.AddHours(-3));
        using var withExpiredCookie = Client(cookie: expired);
        Assert.Equal(HttpStatusCode.Unauthorized, (await withExpiredCookie.GetAsync("/jobs")).StatusCode);
        using var withMadeUpCookie = Client(cookie: "not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await withMadeUpCookie.GetAsync("/jobs")).StatusCode);
    }
}
