namespace OutlookRelations.Server.Mailboxes;

/// <summary>
/// The recurring jobs one mailbox owns, by id. Kept with the mailbox, not with the features that
/// schedule them, so erasing a mailbox removes every one of them without reaching into Sync or
/// Reports (and a feature that adds a per-mailbox job adds its id here, where erasure sees it).
/// </summary>
public static class MailboxJobIds
{
    public static string Sync(Guid ownerId) => $"sync-mailbox-{ownerId}";

    public static string WeeklyReport(Guid ownerId) => $"weekly-report-{ownerId}";

    public static string Digest(Guid ownerId) => $"digest-{ownerId}";

    /// <summary>Every recurring job that names the mailbox.</summary>
    public static IReadOnlyList<string> All(Guid ownerId) => [Sync(ownerId), WeeklyReport(ownerId), Digest(ownerId)];
}
