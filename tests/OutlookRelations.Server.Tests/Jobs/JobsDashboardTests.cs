using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OutlookRelations.Server.Tests.Jobs;

/// <summary>Issue 22: Hangfire's dashboard at /jobs, for admins only, under the app's security headers.</summary>
public sealed partial class JobsDashboardTests
{
    private const string Admin = "ana@fabrikam.example";
    private const string User = "bo@fabrikam.example";

    private static async Task<(GraphEmulatorServer Emulator, RelationsApp App)> StartAsync()
    {
        var store = new EmulatorStore();
        MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.AddUser(store, "bo");
        var emulator = await GraphEmulatorServer.StartAsync(store);
        var app = new RelationsApp(emulator, settings: new Dictionary<string, string?> { ["Demo:Admins:0"] = Admin });
        await app.ImportDirectoryAsync();
        return (emulator, app);
    }

    private static HttpClient Client(RelationsApp app, string? email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (email is not null) client.DefaultRequestHeaders.Add("X-Demo-User", email);
        return client;
    }

    [Fact]
    public async Task Dashboard_refuses_anonymous_and_non_admins_and_serves_admins()
    {
        var (emulator, app) = await StartAsync();
        await using var _ = emulator;
        await using var __ = app;

        using var anonymous = Client(app, null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/jobs")).StatusCode);
        using var user = Client(app, User);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/jobs/jobs/enqueued")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsync("/jobs/recurring/trigger", new FormUrlEncodedContent([new("jobs[]", "x")]))).StatusCode);

        using var admin = Client(app, Admin);
        using var page = await admin.GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("OutlookRelations jobs", html, StringComparison.Ordinal);
        Assert.Contains("hangfire", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Dashboard_runs_under_the_apps_content_security_policy()
    {
        var (emulator, app) = await StartAsync();
        await using var _ = emulator;
        await using var __ = app;
        using var admin = Client(app, Admin);

        using var page = await admin.GetAsync("/jobs/jobs/succeeded");
        page.EnsureSuccessStatusCode();
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self' https://appsforoffice.microsoft.com;", policy, StringComparison.Ordinal);
        var html = await page.Content.ReadAsStringAsync();
        // The policy forbids inline script: every script the page runs is a file from this origin, and each one loads.
        Assert.DoesNotMatch(InlineScript(), html);
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.DoesNotMatch(InlineHandler(), html);
        // data: (the favicon) is allowed by img-src; everything else must come from here.
        foreach (var src in scripts.Concat(StyleSource().Matches(html).Select(m => m.Groups[1].Value)).Where(s => !s.StartsWith("data:", StringComparison.Ordinal)))
        {
            Assert.StartsWith("/jobs/", src, StringComparison.Ordinal);
            using var file = await admin.GetAsync(System.Net.WebUtility.HtmlDecode(src));
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        }
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[a-z]+[^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();

    [GeneratedRegex(@"<script[^>]*\bsrc=""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSource();

    [GeneratedRegex(@"<link[^>]*\bhref=""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex StyleSource();
}
