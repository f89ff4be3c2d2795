using OutlookRelations.Server.Sync;
using OutlookRelations.GraphEmulator.Identity;

namespace OutlookRelations.Server.Tests.Identity;

/// <summary>A multi-tenant registration ("organizations") still accepts only directories an admin onboarded.</summary>
public sealed class MultiTenantTests
{
    [Fact]
    public async Task Only_onboarded_directories_get_in()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator, settings: EntraFixture.Settings(emulator, "organizations"));
        var onboarded = Guid.NewGuid();
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DirectoryImport>().ImportAsync("Fabrikam", CancellationToken.None, onboarded);

        async Task<HttpStatusCode> StatusFor(Guid directory)
        {
            var token = emulator.Entra.IssueToken(new TokenRequest(directory.ToString(), ana.User.Id, ana.User.Mail, EntraFixture.ClientId), TestClock.Origin);
            using var client = app.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
            return (await client.GetAsync("/api/contacts")).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await StatusFor(onboarded));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusFor(Guid.NewGuid()));
    }
}
