using OutlookRelations.Server.Reports;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Reports;

/// <summary>
/// Issue 15's critical finding: a user with no roles asked for "Team, Organisation" and got the whole
/// organisation. A scope is one declared name or a 400; the role is checked against an allow-list when
/// asked, and again when the report is built, against the requester's latest sign-in.
/// </summary>
[Collection(nameof(ReportsCollection))]
public sealed class ReportScopeTests(ReportsFixture reports)
{
    public static TheoryData<string, string> NotAScope => new()
    {
        { "POST", "Team, Organisation" },
        { "POST", "organisation,team" },
        { "POST", "me, organisation" },
        { "POST", "2" },
        { "POST", "-1" },
        { "POST", "everyone" },
        { "POST", " organisation" },
        { "POST", "" },
        { "PUT", "Team, Organisation" },
        { "PUT", "organisation,team" },
        { "PUT", "2" },
        { "PUT", "everyone" },
    };

    [Theory]
    [MemberData(nameof(NotAScope))]
    public async Task A_scope_that_is_not_exactly_one_name_is_a_400_naming_the_field_and_the_allowed_values(string method, string scope)
    {
        using var ana = reports.App.ClientAs(ReportsFixture.Ana);
        var url = method == "POST" ? "/api/reports" : "/api/reports/schedule";

        using var response = await ana.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = JsonContent.Create(new { scope }) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("\"me\", \"team\" or \"organisation\"", problem.GetProperty("errors").GetProperty("scope")[0].GetString());
    }

    [Theory]
    [InlineData("ORGANISATION")]
    [InlineData("Team")]
    public async Task Names_in_any_case_still_need_the_role(string scope)
    {
        using var ana = reports.App.ClientAs(ReportsFixture.Ana);

        using var response = await ana.PostAsJsonAsync("/api/reports", new { scope });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_weekly_team_report_whose_owner_lost_the_manager_role_is_not_built_and_says_why()
    {
        using (var nina = reports.App.ClientAs(ReportsFixture.Nina))
            (await nina.PutAsJsonAsync("/api/reports/schedule", new { scope = "team" })).EnsureSuccessStatusCode();
        // Entra ID no longer gives Nina the role: her next sign-in (here, on a server configured so) shows it.
        await using var demoted = reports.Start(reports.DatabasePath, new Dictionary<string, string?> { ["Demo:Managers:0"] = "" });
        using var ninaNow = demoted.ClientAs(ReportsFixture.Nina);
        try
        {
            (await ninaNow.GetAsync("/api/me")).EnsureSuccessStatusCode();
            var owner = await OwnerAsync(demoted, ReportsFixture.Nina);

            await using (var scope = demoted.Services.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<WeeklyReportJob>().RunAsync(owner.TenantId, owner.Id, "team", "UTC", CancellationToken.None);

            var weekly = (await ninaNow.GetFromJsonAsync<JsonElement>("/api/reports")).EnumerateArray()
                .First(r => r.GetProperty("scheduled").GetBoolean() && r.GetProperty("scope").GetString() == "team");
            Assert.Equal("failed", weekly.GetProperty("status").GetString());
            Assert.Contains("Relations.Manager", weekly.GetProperty("error").GetString());
            Assert.Equal(HttpStatusCode.Conflict, (await ninaNow.GetAsync($"/api/reports/{weekly.GetProperty("id").GetGuid()}/file")).StatusCode);
        }
        finally
        {
            (await ninaNow.DeleteAsync("/api/reports/schedule")).EnsureSuccessStatusCode();
            await RestoreRolesAsync(ReportsFixture.Nina, "Relations.Manager");
        }
    }

    [Fact]
    public async Task A_queued_team_report_is_not_built_once_its_requester_lost_the_role()
    {
        await using var demoted = reports.Start(reports.DatabasePath, new Dictionary<string, string?> { ["Demo:Managers:0"] = "" });
        try
        {
            using (var nina = demoted.ClientAs(ReportsFixture.Nina)) (await nina.GetAsync("/api/me")).EnsureSuccessStatusCode();
            var report = await StoreQueuedAsync(demoted, ReportsFixture.Nina, "team");

            await using (var scope = demoted.Services.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<BuildReportJob>().RunAttemptAsync(report.Id, report.TenantId, report.OwnerId, 0, CancellationToken.None);

            var built = await ReadAsync(demoted, report.Id);
            Assert.Equal(ReportStatus.Failed, built.Status);
            Assert.Null(built.Content);
            Assert.Contains("Relations.Manager", built.Error);
        }
        finally
        {
            await RestoreRolesAsync(ReportsFixture.Nina, "Relations.Manager");
        }
    }

    [Fact]
    public async Task A_role_no_sign_in_has_confirmed_lately_does_not_count()
    {
        await using var app = reports.Start(reports.DatabasePath, new Dictionary<string, string?> { ["Reports:RolesConfirmedWithin"] = "00:00:00" });
        var report = await StoreQueuedAsync(app, ReportsFixture.Ian, "organisation");
        ((TestClock)app.Clock).Advance(TimeSpan.FromSeconds(1)); // the sign-in that confirmed the role is now in the past

        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<BuildReportJob>().RunAttemptAsync(report.Id, report.TenantId, report.OwnerId, 0, CancellationToken.None);

        var built = await ReadAsync(app, report.Id);
        Assert.Equal(ReportStatus.Failed, built.Status);
        Assert.Contains("could not be confirmed", built.Error);
    }

    [Fact]
    public async Task A_stored_scope_that_is_not_a_name_is_never_built()
    {
        var report = await StoreQueuedAsync(reports.App, ReportsFixture.Ana, "Team, Organisation");

        await using (var scope = reports.App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<BuildReportJob>().RunAttemptAsync(report.Id, report.TenantId, report.OwnerId, 0, CancellationToken.None);

        var built = await ReadAsync(reports.App, report.Id);
        Assert.Equal(ReportStatus.Failed, built.Status);
        Assert.Null(built.Content);
    }

    private static async Task<MailboxOwner> OwnerAsync(RelationsApp app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RelationsDbContext>().Owners.AsNoTracking().SingleAsync(o => o.Email == email);
    }

    private static async Task<Report> StoreQueuedAsync(RelationsApp app, string email, string scope)
    {
        var owner = await OwnerAsync(app, email);
        await using var services = app.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<RelationsDbContext>();
        var now = TestClock.Origin;
        var report = new Report
        {
            Id = Guid.NewGuid(), TenantId = owner.TenantId, OwnerId = owner.Id, Scope = scope, From = now.AddDays(-30), To = now,
            TimeZone = "UTC", Status = ReportStatus.Queued, CreatedAt = now, UpdatedAt = now, ExpiresAt = now.AddDays(7),
        };
        db.Reports.Add(report);
        await db.SaveChangesAsync();
        return report;
    }

    private static async Task<Report> ReadAsync(RelationsApp app, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RelationsDbContext>().Reports.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == id);
    }

    // The fixture's server remembers having written Nina's role; put the row back as it knows it.
    private async Task RestoreRolesAsync(string email, string roles)
    {
        await using var scope = reports.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RelationsDbContext>().Owners.Where(o => o.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Roles, roles).SetProperty(o => o.RolesSeenAt, TestClock.Origin));
    }
}
