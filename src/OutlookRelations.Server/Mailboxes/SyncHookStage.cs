namespace OutlookRelations.Server.Mailboxes;

/// <summary>
/// The order sync hooks run in on every change, whatever order they were registered in: what an
/// earlier stage writes, a later one reads.
/// </summary>
public enum SyncHookStage
{
    /// <summary>Memory: details learnt from new mail and forgotten with deleted mail (engagement counts small talk from them).</summary>
    Memory = 0,
    /// <summary>Figures computed from the stored rows: contact statistics, engagement facts.</summary>
    Figures = 1,
    /// <summary>What reads nothing the others write (subscriptions).</summary>
    Other = 2,
}
