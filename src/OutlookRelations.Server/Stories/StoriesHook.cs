using OutlookRelations.Server.Mailboxes;

namespace OutlookRelations.Server.Stories;

/// <summary>
/// Sync's part for shared stories: when a sync removes contacts (the owner's own addresses folded
/// back into the owner), their details and stories go by cascade, and every stored report that
/// showed one of those stories goes with them, in the same transaction, as a withdrawal would.
/// </summary>
public sealed class StoriesHook(StoryStore stories, ILogger<StoriesHook> logger) : ISyncHook
{
    public SyncHookStage Stage => SyncHookStage.Other;

    public async Task PageCommittingAsync(MailboxChanges changes, CancellationToken ct)
    {
        if (changes.RemovedContacts.Count == 0) return;
        var reports = await stories.ForgetReportsOfGoneStoriesAsync(changes.Owner.TenantId, ct);
        if (reports > 0)
            logger.LogInformation("{Count} stored reports showed stories about {Owner}'s own addresses and were deleted", reports, changes.Owner.Email);
    }
}
