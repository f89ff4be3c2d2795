using OutlookRelations.Server.Mailboxes;

namespace OutlookRelations.Server.Contacts;

/// <summary>Sync's part for contacts: the figures of every contact a page touched, in the page's transaction.</summary>
public sealed class ContactStatsHook(ContactStats stats) : ISyncHook
{
    public Task PageCommittingAsync(MailboxChanges changes, CancellationToken ct) => stats.RecomputeAsync(changes.FiguresDue, ct);
}
