using Microsoft.Extensions.Time.Testing;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Tests.Sync;

/// <summary>The lease that keeps one sync per mailbox across instances, and lets go when its holder dies.</summary>
public sealed class MailboxLeaseTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private RelationsApp _app = null!;
    private MailboxOwner _ana = null!;
    private GraphEmulatorServer _emulator = null!;

    public async Task InitializeAsync()
    {
        var store = new EmulatorStore();
        MailboxBuilder.AddUser(store, "ana");
        _emulator = await GraphEmulatorServer.StartAsync(store);
        _app = new RelationsApp(_emulator, s => s.AddSingleton<TimeProvider>(_clock), new Dictionary<string, string?> { ["Jobs:SyncLease"] = "00:01:30" });
        _ana = (await _app.ImportDirectoryAsync()).Single();
    }

    private MailboxLease Leases => _app.Services.GetRequiredService<MailboxLease>();

    [Fact]
    public async Task A_held_lease_keeps_a_second_sync_out_until_it_is_released()
    {
        var first = await Leases.TryAcquireAsync(_ana.Id, CancellationToken.None);
        Assert.NotNull(first);
        Assert.Null(await Leases.TryAcquireAsync(_ana.Id, CancellationToken.None));

        await first.DisposeAsync();
        await using var second = await Leases.TryAcquireAsync(_ana.Id, CancellationToken.None);
        Assert.NotNull(second);
    }

    [Fact]
    public async Task A_lease_its_holder_stopped_renewing_runs_out_and_can_be_taken()
    {
        await SetLeaseAsync(Guid.NewGuid(), _clock.GetUtcNow().AddSeconds(30)); // a killed instance's lease
        Assert.Null(await Leases.TryAcquireAsync(_ana.Id, CancellationToken.None));

        _clock.Advance(TimeSpan.FromSeconds(31));
        await using var taken = await Leases.TryAcquireAsync(_ana.Id, CancellationToken.None);
        Assert.NotNull(taken);
    }

    [Fact]
    public async Task A_live_lease_is_renewed_past_its_first_expiry_and_says_when_it_was_lost()
    {
        await using var held = await Leases.TryAcquireAsync(_ana.Id, CancellationToken.None);
        for (var i = 0; i < 6; i++) // three minutes: twice the lease's duration
        {
            _clock.Advance(TimeSpan.FromSeconds(30));
            await Eventually.TrueAsync(async () => (await LeaseUntilAsync()) > _clock.GetUtcNow().AddSeconds(60), "the lease renewed");
        }
        Assert.Null(await Leases.TryAcquireAsync(_ana.Id, CancellationToken.None));
        Assert.False(held!.Lost.IsCancellationRequested);

        await SetLeaseAsync(Guid.NewGuid(), _clock.GetUtcNow().AddMinutes(5)); // someone else took it over
        _clock.Advance(TimeSpan.FromSeconds(30));
        await Eventually.TrueAsync(() => held.Lost.IsCancellationRequested, "the holder told its lease was lost");
    }

    private async Task SetLeaseAsync(Guid holder, DateTimeOffset until)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RelationsDbContext>().Owners.Where(o => o.Id == _ana.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.SyncLeaseHolder, holder).SetProperty(o => o.SyncLeaseUntil, until));
    }

    private async Task<DateTimeOffset?> LeaseUntilAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RelationsDbContext>().Owners.Where(o => o.Id == _ana.Id).Select(o => o.SyncLeaseUntil).SingleAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _emulator.DisposeAsync();
    }
}
