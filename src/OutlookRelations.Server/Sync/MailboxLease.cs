using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookRelations.Server.Jobs;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// One sync per mailbox across every instance: a lease on the mailbox's row, taken by one conditional
/// UPDATE and renewed while the sync runs. An instance that is killed stops renewing, so its lease
/// runs out after Jobs:SyncLease and another instance carries on from the saved cursor. A lock with
/// a fixed timeout could not tell a dead holder from a long initial sync; a renewed lease can.
/// </summary>
public sealed class MailboxLease(IServiceScopeFactory scopes, TimeProvider time, IOptions<JobsOptions> options, ILogger<MailboxLease> logger)
{
    public TimeSpan Duration => options.Value.SyncLease;

    /// <returns>The held lease, or null when another sync holds the mailbox.</returns>
    public async Task<HeldLease?> TryAcquireAsync(Guid ownerId, CancellationToken ct)
    {
        var holder = Guid.NewGuid();
        var now = time.GetUtcNow();
        var until = now + Duration;
        var taken = await UpdateAsync(db => db.Owners
            .Where(o => o.Id == ownerId && (o.SyncLeaseUntil == null || o.SyncLeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.SyncLeaseHolder, holder).SetProperty(o => o.SyncLeaseUntil, until), ct));
        return taken == 1 ? new HeldLease(this, ownerId, holder) : null;
    }

    internal Task<int> RenewAsync(Guid ownerId, Guid holder, CancellationToken ct)
    {
        var until = time.GetUtcNow() + Duration;
        return UpdateAsync(db => db.Owners.Where(o => o.Id == ownerId && o.SyncLeaseHolder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.SyncLeaseUntil, until), ct));
    }

    internal Task<int> ReleaseAsync(Guid ownerId, Guid holder) =>
        UpdateAsync(db => db.Owners.Where(o => o.Id == ownerId && o.SyncLeaseHolder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.SyncLeaseHolder, (Guid?)null).SetProperty(o => o.SyncLeaseUntil, (DateTimeOffset?)null), CancellationToken.None));

    internal TimeProvider Time => time;
    internal ILogger Logger => logger;

    // Its own DbContext each time: renewal runs beside the sync, whose context is busy.
    private async Task<int> UpdateAsync(Func<RelationsDbContext, Task<int>> update)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await update(scope.ServiceProvider.GetRequiredService<RelationsDbContext>());
    }
}

/// <summary>A lease being held: renewed every third of its duration until disposed; <see cref="Lost"/> fires if it slips away.</summary>
public sealed class HeldLease : IAsyncDisposable
{
    private readonly MailboxLease _leases;
    private readonly Guid _ownerId;
    private readonly Guid _holder;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;

    internal HeldLease(MailboxLease leases, Guid ownerId, Guid holder)
    {
        _leases = leases;
        _ownerId = ownerId;
        _holder = holder;
        _renewing = RenewUntilStoppedAsync();
    }

    /// <summary>Cancelled when a renewal finds the lease gone (taken over after a stall, or the mailbox offboarded).</summary>
    public CancellationToken Lost => _lost.Token;

    private async Task RenewUntilStoppedAsync()
    {
        using var timer = new PeriodicTimer(_leases.Duration / 3, _leases.Time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                if (await _leases.RenewAsync(_ownerId, _holder, _stop.Token) == 0)
                {
                    _leases.Logger.LogWarning("The sync lease on mailbox {Owner} was lost; this sync stops", _ownerId);
                    await _lost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
        await _leases.ReleaseAsync(_ownerId, _holder);
        _stop.Dispose();
        _lost.Dispose();
    }
}
