using OutlookRelations.Server.Mailboxes;

namespace OutlookRelations.Server.Notifications;

/// <summary>
/// Sync's part for change notifications: a sync that starts answers every notification so far (it
/// reads past them), and it subscribes before reading, so a change made while it reads is notified
/// and synced next. A mailbox that is not read drops its subscriptions.
/// </summary>
public sealed class SubscriptionHook(SyncRequests requests, MailboxSubscriptions subscriptions, ILogger<SubscriptionHook> logger) : ISyncHook
{
    public SyncHookStage Stage => SyncHookStage.Other;

    public async Task MailboxStartingAsync(OwnerContext owner, CancellationToken ct)
    {
        // From here on, a change notification needs a sync of its own: this one may have read past it.
        await requests.ClearAsync(owner.OwnerId, ct);
        // A failure costs only promptness: the recurring sync still runs, and the next sync tries again.
        try
        {
            await subscriptions.EnsureAsync(owner, ct);
        }
        catch (Exception e) when (e is Microsoft.Graph.Models.ODataErrors.ODataError or HttpRequestException)
        {
            logger.LogWarning("Could not subscribe to changes in {Owner}'s mailbox: {Error}", owner.Email, e.Message);
        }
    }

    public async Task MailboxStoppedAsync(OwnerContext owner, MailboxRefusal reason, CancellationToken ct)
    {
        await requests.ClearAsync(owner.OwnerId, ct);
        await subscriptions.DropAsync(owner.OwnerId, ct);
    }
}
