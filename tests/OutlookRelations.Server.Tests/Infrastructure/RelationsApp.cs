using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Tests.Infrastructure;

/// <summary>
/// The real server in demo mode with its own SQLite file, pointed at a Graph emulator the test
/// owns (over real HTTP), with no background job server unless asked: tests drive sync directly.
/// It runs on a <see cref="TestClock"/> unless the test registers a TimeProvider of its own, and
/// the emulator is put on the same clock, so tokens, subscriptions and mail dates agree.
/// </summary>
/// <param name="environment">Production too, for tests that must see what an operator's server does (Demo:Enabled=false then).</param>
public sealed class RelationsApp(GraphEmulatorServer? emulator, Action<IServiceCollection>? services = null, IDictionary<string, string?>? settings = null,
    string environment = "Development")
    : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"outlookrelations-test-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        var all = new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Demo:SyncOnStart"] = "false",
            ["Demo:DefaultUser"] = "",
            ["Storage:ConnectionString"] = $"Data Source={_databasePath}",
            ["Storage:ResetOnStart"] = "false",
            ["Jobs:RunServer"] = "false",
            ["Graph:PageSize"] = "100",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (emulator is not null) all["Graph:BaseUrl"] = emulator.GraphBaseUrl;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        foreach (var (key, value) in all) builder.UseSetting(key, value);
        builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(new TestClock()));
        if (services is not null) builder.ConfigureServices(services);
        builder.ConfigureServices(ShareClockWithEmulator);
    }

    // Done while services are configured, before anything starts (with or without Kestrel), so the
    // emulator never answers on a clock other than the server's.
    private void ShareClockWithEmulator(IServiceCollection services)
    {
        if (emulator is null || emulator.Store.Clock != TimeProvider.System) return;
        emulator.Store.Clock = services.Last(d => d.ServiceType == typeof(TimeProvider)).ImplementationInstance as TimeProvider
            ?? throw new InvalidOperationException("Register the test's TimeProvider as an instance, so the emulator can share it.");
    }

    /// <summary>The clock the server runs on (a <see cref="TestClock"/> unless the test brought its own).</summary>
    public TimeProvider Clock => Services.GetRequiredService<TimeProvider>();

    /// <summary>Onboards the emulator's users as mailbox owners.</summary>
    public async Task<IReadOnlyList<MailboxOwner>> ImportDirectoryAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DirectoryImport>().ImportAsync("Test tenant", CancellationToken.None);
    }

    /// <summary>Runs one sync of the mailbox, in its own DI scope, as a job would.</summary>
    public async Task SyncAsync(MailboxOwner owner)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MailboxSync>().SyncAsync(owner.Id, CancellationToken.None);
    }

    /// <summary>Reads the database as the given owner would see it.</summary>
    public async Task<T> ReadAsAsync<T>(MailboxOwner owner, Func<RelationsDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        db.Scope.Enter(owner.TenantId, owner.Id);
        return await read(db);
    }

    /// <summary>An HTTP client signed in as the given demo user.</summary>
    public HttpClient ClientAs(string email)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Demo-User", email);
        return client;
    }

    /// <summary>A snapshot of everything sync stored for an owner, for "same data as" comparisons.</summary>
    public Task<StoredMailbox> SnapshotAsync(MailboxOwner owner) => ReadAsAsync(owner, async db => new StoredMailbox(
        [.. (await db.Interactions.AsNoTracking().Select(i => i.InternetMessageId + "|" + i.Subject + "|" + i.Direction + "|" + i.Participants.Count).ToListAsync()).Order(StringComparer.Ordinal)],
        [.. (await db.Contacts.AsNoTracking().Select(c => c.Email + "|" + c.MessagesToContact + "|" + c.MessagesFromContact + "|" + c.MeetingsTogether).ToListAsync()).Order(StringComparer.Ordinal)],
        [.. (await db.Meetings.AsNoTracking().Select(m => m.GraphId + "|" + m.Subject + "|" + m.Attendees.Count).ToListAsync()).Order(StringComparer.Ordinal)]));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try { File.Delete(_databasePath + suffix); } catch (IOException) { }
        }
    }
}

/// <summary>What sync stored, as sorted lines, so two runs can be compared with Assert.Equal.</summary>
public sealed record StoredMailbox(IReadOnlyList<string> Interactions, IReadOnlyList<string> Contacts, IReadOnlyList<string> Meetings)
{
    public void AssertSameAs(StoredMailbox other)
    {
        Assert.Equal(other.Interactions, Interactions);
        Assert.Equal(other.Contacts, Contacts);
        Assert.Equal(other.Meetings, Meetings);
    }
}
