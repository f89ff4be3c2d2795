using OutlookRelations.Server.Mailboxes;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// The features' hooks into a mailbox's sync (<see cref="ISyncHook"/>), each call made to every hook
/// in <see cref="SyncHookStage"/> order, and in registration order within a stage.
/// </summary>
public sealed class SyncHooks(IEnumerable<ISyncHook> hooks)
{
    private readonly ISyncHook[] _ordered = [.. hooks.OrderBy(h => h.Stage)];

    /// <summary>The hooks in the order they run (tests read it).</summary>
    public IReadOnlyList<ISyncHook> Ordered => _ordered;

    public async Task MailboxStartingAsync(OwnerContext owner, CancellationToken ct)
    {
        foreach (var hook in _ordered) await hook.MailboxStartingAsync(owner, ct);
    }

    public async Task PrepareAsync(PreparedPage page, CancellationToken ct)
    {
        foreach (var hook in _ordered) await hook.PrepareAsync(page, ct);
    }

    public async Task PageCommittingAsync(MailboxChanges changes, CancellationToken ct)
    {
        foreach (var hook in _ordered)
        {
            using var phase = SyncTracing.Phase("hook." + hook.GetType().Name);
            await hook.PageCommittingAsync(changes, ct);
        }
    }

    public async Task MailboxSyncedAsync(OwnerContext owner, CancellationToken ct)
    {
        foreach (var hook in _ordered) await hook.MailboxSyncedAsync(owner, ct);
    }

    public async Task MailboxStoppedAsync(OwnerContext owner, MailboxRefusal reason, CancellationToken ct)
    {
        foreach (var hook in _ordered) await hook.MailboxStoppedAsync(owner, reason, ct);
    }
}
