namespace OutlookRelations.Server.Tests.Infrastructure;

/// <summary>
/// The demo's two tenants as the server generates and syncs them (Demo:SecondTenant), and a wait
/// until every mailbox of both has caught up, read the way an admin would: /api/admin/mailboxes.
/// </summary>
public static class DemoTenants
{
    public const string Alex = "alex.wilber@fabrikam.example";
    public const string Megan = "megan.bowen@fabrikam.example";
    public const string Nestor = "nestor.wilke@fabrikam.example";
    public const string Lidia = "lidia.holloway@fabrikam.example";
    public const string Diego = "diego.siciliani@tailwindtraders.example";
    public const string Isaiah = "isaiah.langer@tailwindtraders.example";

    /// <summary>Demo mode as `dotnet run` has it, with the second tenant, jobs and roles for both tenants' managers and admins.</summary>
    public static RelationsApp Start(string environment = "Development", int contacts = 10) => new(emulator: null, settings: new Dictionary<string, string?>
    {
        ["Demo:SecondTenant"] = "true",
        ["Demo:SyncOnStart"] = "true",
        ["Demo:ContactCount"] = contacts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Demo:Managers:0"] = Nestor,
        ["Demo:Managers:1"] = Isaiah,
        ["Demo:Admins:0"] = Lidia,
        ["Demo:Admins:1"] = Isaiah,
        ["Jobs:RunServer"] = "true",
    });

    /// <summary>Until both tenants' mailboxes (4 and 2) have caught up with Graph.</summary>
    public static async Task WaitForSyncAsync(RelationsApp app, TimeSpan? limit = null)
    {
        using var fabrikam = app.ClientAs(Lidia);
        using var tailwind = app.ClientAs(Isaiah);
        var last = "";
        async Task<bool> CaughtUpAsync(HttpClient admin, int mailboxes)
        {
            using var response = await admin.GetAsync("/api/admin/mailboxes");
            last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            if (!response.IsSuccessStatusCode) return false; // not imported yet: demo sign-in knows no such user
            var list = JsonDocument.Parse(last[4..]).RootElement;
            return list.GetArrayLength() == mailboxes && list.EnumerateArray().All(m => m.GetProperty("caughtUp").GetBoolean());
        }
        try
        {
            await Eventually.TrueAsync(async () => await CaughtUpAsync(fabrikam, 4) && await CaughtUpAsync(tailwind, 2),
                "every mailbox of both demo tenants to catch up", limit ?? TimeSpan.FromSeconds(180)); // generous: the whole suite runs beside it on two cores
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}; /api/admin/mailboxes last answered: {last}", e);
        }
    }
}
