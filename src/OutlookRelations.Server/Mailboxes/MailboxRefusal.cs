namespace OutlookRelations.Server.Mailboxes;

/// <summary>Why a mailbox is not read at all (see <see cref="IngestPolicy"/>).</summary>
public enum MailboxRefusal
{
    /// <summary>The owner paused collection for their mailbox.</summary>
    Paused,
    /// <summary>The tenant's admins put only one group's mailboxes in scope, and the owner is not in it.</summary>
    OutOfScope,
}
