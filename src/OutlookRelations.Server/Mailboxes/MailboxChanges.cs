using OutlookRelations.Memory.Cleaning;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Mailboxes;

/// <summary>
/// What one transaction of a sync changed in a mailbox (a delta page, the sweep after a round, the
/// owner's own addresses leaving the contacts), filled in by ingest and handed to every
/// <see cref="ISyncHook.PageCommittingAsync"/> before the commit.
/// </summary>
public sealed class MailboxChanges(OwnerContext owner)
{
    public OwnerContext Owner { get; } = owner;

    /// <summary>Contacts whose stored mail or meetings changed.</summary>
    public HashSet<long> TouchedContacts { get; } = [];

    /// <summary>
    /// Contacts whose figures are recomputed in this transaction: the touched ones, unless sync holds
    /// them back during a first sync to recompute many pages' worth at once (Sync/PendingFigures).
    /// </summary>
    public IReadOnlyCollection<long> FiguresDue { get => _figuresDue ?? TouchedContacts; set => _figuresDue = value; }
    private IReadOnlyCollection<long>? _figuresDue;

    /// <summary>
    /// Messages stored for the first time, as read with their bodies (the one time sync holds a body),
    /// with Graph's webLink: the memory engine reads each message once, here.
    /// </summary>
    public List<(AuthoredMessage Read, string? WebLink)> FirstStored { get; } = [];

    /// <summary>The people of the page's mail, by lower-case address, tracked and saved (their ids are set).</summary>
    public IReadOnlyDictionary<string, Contact> People { get; set; } = new Dictionary<string, Contact>(StringComparer.Ordinal);

    /// <summary>The page's messages as prepared before the transaction, when they were (null for a sweep).</summary>
    public PreparedPage? Prepared { get; init; }

    /// <summary>Contacts this transaction deleted (the owner's own addresses folded back): what hung off them went by cascade.</summary>
    public HashSet<long> RemovedContacts { get; } = [];

    /// <summary>internetMessageIds of messages deleted with their last copy: what they alone taught is forgotten.</summary>
    public List<string> DeletedMessages { get; } = [];
}
