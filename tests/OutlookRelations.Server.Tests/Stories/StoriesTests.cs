using static OutlookRelations.Server.Tests.Stories.StoriesTenant;

namespace OutlookRelations.Server.Tests.Stories;

/// <summary>
/// Issue 19: stories people chose to share. Nothing is shared by default; a shared story reaches
/// the manager's pack with what came of it; withdrawal, dismissal and erasure take it out of every
/// stored report; someone who never shared appears nowhere; a tenant can turn stories off.
/// </summary>
public sealed class StoriesTests
{
    [Fact]
    public async Task Nothing_is_shared_by_default_and_the_Stories_sheet_says_so()
    {
        await using var tenant = await StartAsync();
        using var ana = tenant.App.ClientAs(Ana);
        using var nina = tenant.App.ClientAs(Nina);

        Assert.Empty((await ana.GetFromJsonAsync<JsonElement>("/api/stories")).EnumerateArray());
        var (_, sheet) = await BuildAsync(nina, "team");

        Assert.Empty(sheet.Data);
        Assert.Contains(sheet.Rows[0], c => c.Text?.StartsWith("No one in this report has shared a story.", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_shared_story_reaches_the_team_pack_with_what_came_of_it_and_a_colleague_who_never_shared_appears_nowhere()
    {
        await using var tenant = await StartAsync();
        using var ana = tenant.App.ClientAs(Ana);
        using var nina = tenant.App.ClientAs(Nina);

        var shared = await ShareAsync(ana, await tenant.FamilyDetailAsync(Ana), note: "=1+1 she asked about our kids too");
        var mine = Assert.Single((await ana.GetFromJsonAsync<JsonElement>("/api/stories")).EnumerateArray());
        Assert.Equal(shared.GetProperty("id").GetGuid(), mine.GetProperty("id").GetGuid());
        Assert.Equal(Carla.Address, mine.GetProperty("contactEmail").GetString());
        // What someone shared is part of everything held about them.
        var exported = Assert.Single((await ana.GetFromJsonAsync<JsonElement>("/api/me/export")).GetProperty("stories").EnumerateArray());
        Assert.Equal(Carla.Address, exported.GetProperty("about").GetString());
        var (_, sheet) = await BuildAsync(nina, "team");

        var row = Assert.Single(sheet.Data);
        string? Cell(string header) => row[sheet.Column(header)].Text;
        Assert.Equal("Ana", Cell("Shared by"));
        Assert.Equal("Carla Reyes", Cell("With"));
        Assert.Contains("Marigold", Cell("What was said"), StringComparison.Ordinal);
        Assert.Equal("=1+1 she asked about our kids too", Cell("In their words"));
        Assert.NotEqual("f", row[sheet.Column("In their words")].Type); // text from people never becomes a formula
        Assert.Equal(("yes", "yes", "no"), (Cell("Reply"), Cell("Meeting"), Cell("Re-engagement")));
        Assert.Equal("reply, meeting", Cell("What came of it"));
        Assert.Equal("customer", Cell("Customer or colleague"));
        // Bo wrote with the same customer about his family, and shared nothing.
        var everything = sheet.Rows.SelectMany(r => r).Select(c => c.Text ?? "").ToList();
        Assert.DoesNotContain(everything, t => t.Contains("Bo", StringComparison.Ordinal) || t.Contains("marathon", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Sharing_or_withdrawing_someone_elses_detail_or_story_answers_404_and_changes_nothing()
    {
        await using var tenant = await StartAsync();
        using var ana = tenant.App.ClientAs(Ana);
        using var bo = tenant.App.ClientAs(Bo);
        var detail = await tenant.FamilyDetailAsync(Ana);
        var story = (await ShareAsync(ana, detail)).GetProperty("id").GetGuid();

        using var share = await bo.PostAsJsonAsync("/api/stories", new { detailId = detail });
        using var withdraw = await bo.DeleteAsync($"/api/stories/{story}");

        Assert.Equal(HttpStatusCode.NotFound, share.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);
        Assert.Empty((await bo.GetFromJsonAsync<JsonElement>("/api/stories")).EnumerateArray());
        Assert.Single((await ana.GetFromJsonAsync<JsonElement>("/api/stories")).EnumerateArray());
        // Sharing again is the same story, not a second one.
        using var again = await ana.PostAsJsonAsync("/api/stories", new { detailId = detail });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(story, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Withdrawing_a_story_deletes_every_stored_report_that_showed_it_and_keeps_it_out_of_the_next()
    {
        await using var tenant = await StartAsync();
        using var ana = tenant.App.ClientAs(Ana);
        using var nina = tenant.App.ClientAs(Nina);
        var (before, _) = await BuildAsync(nina, "me"); // Nina's own mail: no story of Ana's, stays
        var story = (await ShareAsync(ana, await tenant.FamilyDetailAsync(Ana))).GetProperty("id").GetGuid();
        var (team, withStory) = await BuildAsync(nina, "team");
        Assert.Single(withStory.Data);

        using var withdraw = await ana.DeleteAsync($"/api/stories/{story}");

        Assert.Equal(HttpStatusCode.NoContent, withdraw.StatusCode);
        Assert.Empty((await ana.GetFromJsonAsync<JsonElement>("/api/stories")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await nina.GetAsync($"/api/reports/{team}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await nina.GetAsync($"/api/reports/{before}/file")).StatusCode);
        foreach (var file in await tenant.StoredFilesAsync())
            Assert.Empty((await StoriesSheetAsync(file)).Data);
        var (_, next) = await BuildAsync(nina, "team");
        Assert.Empty(next.Data);
    }

    [Fact]
    public async Task Dismissing_the_detail_withdraws_its_story_from_stored_reports()
    {
        await using var tenant = await StartAsync();
        using var ana = tenant.App.ClientAs(Ana);
        using var nina = tenant.App.ClientAs(Nina);
        var detail = await tenant.FamilyDetailAsync(Ana);
        await ShareAsync(ana, detail);
        var (team, _) = await BuildAsync(nina, "team");

        (await ana.PostAsync($"/api/details/{detail}/dismiss", null)).EnsureSuccessStatusCode();

        Assert.Empty((await ana.GetFromJsonAsync<JsonElement>("/api/stories")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await nina.GetAsync($"/api/reports/{team}")).StatusCode);
    }

    [Fact]
    public async Task A_data_control_that_deletes_the_detail_takes_its_story_out_of_stored_reports()
    {
        await using var tenant = await StartAsync();
        using var ana = tenant.App.ClientAs(Ana);
        using var nina = tenant.App.ClientAs(Nina);
        using var ian = tenant.App.ClientAs(Ian);
        await ShareAsync(ana, await tenant.FamilyDetailAsync(Ana));
        var (team, _) = await BuildAsync(nina, "team");

        // The tenant stops collecting family details: the remembered ones go, and the story with them.
        (await ian.PutAsJsonAsync("/api/admin/settings", SettingsBody.With(kinds: [.. Memory.Extraction.ArtifactKinds.All.Where(k => k != "family")]))).EnsureSuccessStatusCode();
        await using (var scope = tenant.App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<OutlookRelations.Server.DataControls.ApplySettingsJob>().ApplyAsync(tenant.Owner(Ana).TenantId, CancellationToken.None);

        Assert.Empty((await ana.GetFromJsonAsync<JsonElement>("/api/stories")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await nina.GetAsync($"/api/reports/{team}")).StatusCode);
    }

    [Fact]
    public async Task Erasing_a_mailbox_erases_its_stories_and_the_reports_that_showed_them()
    {
        await using var tenant = await StartAsync();
        using var ana = tenant.App.ClientAs(Ana);
        using var nina = tenant.App.ClientAs(Nina);
        await ShareAsync(ana, await tenant.FamilyDetailAsync(Ana));
        var (team, _) = await BuildAsync(nina, "team");

        using var erase = new HttpRequestMessage(HttpMethod.Delete, "/api/me/data") { Content = JsonContent.Create(new { confirm = "erase my data" }) };
        (await ana.SendAsync(erase)).EnsureSuccessStatusCode();

        Assert.Equal(0, await tenant.App.ReadAsAsync(tenant.Owner(Ana), db => db.SharedStories.IgnoreQueryFilters().CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await nina.GetAsync($"/api/reports/{team}")).StatusCode);
        Assert.Empty((await ana.GetFromJsonAsync<JsonElement>("/api/stories")).EnumerateArray());
    }

    [Fact]
    public async Task With_stories_turned_off_nothing_can_be_shared_and_no_pack_shows_one()
    {
        await using var tenant = await StartAsync();
        using var ana = tenant.App.ClientAs(Ana);
        using var nina = tenant.App.ClientAs(Nina);
        using var ian = tenant.App.ClientAs(Ian);
        await ShareAsync(ana, await tenant.FamilyDetailAsync(Ana)); // shared while allowed

        (await ian.PutAsJsonAsync("/api/admin/settings", SettingsBody.With(storiesInReports: false))).EnsureSuccessStatusCode();

        Assert.False((await ian.GetFromJsonAsync<JsonElement>("/api/admin/settings")).GetProperty("storiesInReports").GetBoolean());
        using var share = await ana.PostAsJsonAsync("/api/stories", new { detailId = await tenant.FamilyDetailAsync(Ana) });
        Assert.Equal(HttpStatusCode.Forbidden, share.StatusCode);
        var (_, sheet) = await BuildAsync(nina, "team");
        Assert.Empty(sheet.Data);
        // An older admin page that does not know the switch leaves it as it is.
        (await ian.PutAsJsonAsync("/api/admin/settings", SettingsBody.With())).EnsureSuccessStatusCode();
        Assert.False((await ian.GetFromJsonAsync<JsonElement>("/api/admin/settings")).GetProperty("storiesInReports").GetBoolean());
    }
}
