namespace OutlookRelations.Server.Jobs;

/// <summary>
/// The queues background work is split into, each with its own workers (Jobs:Queues), so a
/// tenant's first sync of thousands of mailboxes never keeps a manager's report waiting, and a
/// month of reports never holds up mail. A job names its queue with Hangfire's [Queue] attribute.
/// </summary>
public static class JobQueues
{
    /// <summary>Reading mail and calendars from Graph: syncs and re-reads. Long jobs, many of them at onboarding.</summary>
    public const string Sync = "sync";

    /// <summary>Building workbooks someone is waiting for, and the weekly ones.</summary>
    public const string Reports = "reports";

    /// <summary>Short chores: expiry, retention, subscription renewal, erasure's follow-ups.</summary>
    public const string Housekeeping = "housekeeping";

    /// <summary>
    /// Hangfire's own queue. Nothing here enqueues to it any more, but jobs queued by an earlier
    /// version sit there after an upgrade; the housekeeping workers drain it so none are stranded.
    /// </summary>
    public const string Legacy = "default";
}
