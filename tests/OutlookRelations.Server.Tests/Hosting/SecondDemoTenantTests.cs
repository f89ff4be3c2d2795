namespace OutlookRelations.Server.Tests.Hosting;

/// <summary>
/// Demo:SecondTenant: a second directory (Tailwind Traders, two people) with its own emulator, synced
/// like the first, whose users demo sign-in can act as; the same customer is a contact in both.
/// </summary>
public sealed class SecondDemoTenantTests
{
    [Fact]
    public async Task The_second_demo_tenant_syncs_from_its_own_directory_and_sees_only_itself()
    {
        await using var app = DemoTenants.Start();
        await DemoTenants.WaitForSyncAsync(app);
        using var diego = app.ClientAs(DemoTenants.Diego);
        using var isaiah = app.ClientAs(DemoTenants.Isaiah);
        using var alex = app.ClientAs(DemoTenants.Alex);

        var me = await isaiah.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(["Relations.Manager", "Relations.Admin"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var mailboxes = await isaiah.GetFromJsonAsync<JsonElement>("/api/admin/mailboxes");
        Assert.Equal([DemoTenants.Diego, DemoTenants.Isaiah], mailboxes.EnumerateArray().Select(m => m.GetProperty("email").GetString()));
        // Isaiah's team is asked of Tailwind's own directory.
        var team = await isaiah.GetFromJsonAsync<JsonElement>("/api/reports/team");
        Assert.Equal([DemoTenants.Diego], team.EnumerateArray().Select(m => m.GetProperty("email").GetString()));

        var theirs = await ContactsAsync(diego);
        var ours = await ContactsAsync(alex);
        Assert.NotEmpty(theirs);
        Assert.DoesNotContain(theirs, c => c.EndsWith("@fabrikam.example", StringComparison.Ordinal));
        Assert.DoesNotContain(ours, c => c.EndsWith("@tailwindtraders.example", StringComparison.Ordinal));
        var shared = theirs.Intersect(ours).First();
        var card = (await diego.GetFromJsonAsync<JsonElement>($"/api/sidebar?recipients={shared}")).GetProperty("cards")[0];
        Assert.True(card.GetProperty("known").GetBoolean());
        Assert.DoesNotContain("fabrikam.example", card.GetRawText(), StringComparison.Ordinal);
    }

    private static async Task<List<string>> ContactsAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/contacts?top=200")).GetProperty("contacts").EnumerateArray().Select(c => c.GetProperty("email").GetString()!)];
}
