using OutlookRelations.Memory.Extraction;

namespace OutlookRelations.Server.Mailboxes;

/// <summary>
/// Where a tenant's data controls and an owner's pause are enforced as mail comes in: the one class
/// to read for "what does sync refuse to collect?" (Program.cs → AddMailboxes() → here). Sync and
/// re-derivation ask <see cref="RefusalAsync"/> before reading a mailbox; the folder tree asks
/// <see cref="ReadsFolder"/>; message and meeting ingest ask <see cref="Collects(OwnerContext, IEnumerable{string?})"/>
/// of every item; Graph requests and memory ask <see cref="ReadsBodies"/> whether message text may
/// be read at all (metadata-only mode); memory asks <see cref="Remembers"/> of every detail. The settings themselves are
/// read by <see cref="DataPolicy"/>. Data stored before a setting changed is brought in line
/// afterwards by DataControls' ApplySettingsJob, not here.
/// </summary>
public sealed class IngestPolicy(MailboxScope scope)
{
    /// <summary>Null when the mailbox may be read; otherwise why nothing of it is.</summary>
    public async Task<MailboxRefusal?> RefusalAsync(OwnerContext owner, CancellationToken ct)
    {
        if (owner.Paused) return MailboxRefusal.Paused;
        // Asked of Graph each time (group membership changes without telling us); paused mailboxes never ask.
        if (!await scope.IncludesAsync(owner.TenantId, owner.Policy, owner.GraphUserId, ct)) return MailboxRefusal.OutOfScope;
        return null;
    }

    /// <summary>
    /// Whether the tenant lets sync read a well-known folder. Only Deleted Items is the tenant's to
    /// choose; the folders sync never reads (Drafts, Junk Email…) are the product's rule, in MailFolderTree.
    /// </summary>
    public static bool ReadsFolder(DataPolicy policy, string wellKnownName) =>
        wellKnownName != "deleteditems" || policy.ReadDeletedItems;

    /// <summary>
    /// Mail or a meeting involving anyone excluded is not collected at all: not its metadata, not what
    /// it says. Ingest treats it as gone (a copy stored before the exclusion is deleted).
    /// </summary>
    public static bool Collects(OwnerContext owner, IEnumerable<string?> people) => !owner.Policy.ExcludesAny(people);

    /// <summary>
    /// False in metadata-only mode: Graph is never asked for a message's body, and nothing is read
    /// from mail (not even its subject line) to remember. Figures need only who wrote to whom, when.
    /// </summary>
    public static bool ReadsBodies(OwnerContext owner) => !owner.Policy.MetadataOnly;

    /// <summary>
    /// A detail of a kind the tenant turned off, or a sensitive one it does not collect, is never
    /// stored; in metadata-only mode none is.
    /// </summary>
    public static bool Remembers(OwnerContext owner, Artifact artifact) => ReadsBodies(owner) && owner.Policy.Collects(artifact);
}
