using OutlookRelations.Server.Mailboxes;

namespace OutlookRelations.Server.Engagement;

/// <summary>
/// Sync's part for engagement: the relationship facts of every contact a page touched, in the page's
/// transaction. A figure, so it runs after memory, whose details it counts as small talk.
/// </summary>
public sealed class EngagementHook(EngagementFacts facts) : ISyncHook
{
    public Task PageCommittingAsync(MailboxChanges changes, CancellationToken ct) => facts.RecomputeAsync(changes.FiguresDue, ct);
}
