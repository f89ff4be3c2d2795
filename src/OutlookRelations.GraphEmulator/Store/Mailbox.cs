using OutlookRelations.GraphEmulator.Model;

namespace OutlookRelations.GraphEmulator.Store;

/// <summary>One user's mailbox: the two folders the product syncs and the calendar.</summary>
public sealed class Mailbox
{
    private int _syncEpoch;

    public Mailbox(EmulatedUser user)
    {
        User = user;
        Inbox.Changed += (id, kind) => Changed?.Invoke(this, new MailboxChange("messages", id, kind));
        SentItems.Changed += (id, kind) => Changed?.Invoke(this, new MailboxChange("messages", id, kind));
        Calendar.Changed += (id, kind) => Changed?.Invoke(this, new MailboxChange("events", id, kind));
    }

    public EmulatedUser User { get; }
    public ChangeLog<EmulatedMessage> Inbox { get; } = new();
    public ChangeLog<EmulatedMessage> SentItems { get; } = new();
    public ChangeLog<EmulatedEvent> Calendar { get; } = new();

    /// <summary>Any change to the synced folders or the calendar, named by Graph's resource ("messages" or "events").</summary>
    public event Action<Mailbox, MailboxChange>? Changed;

    /// <summary>Delta tokens minted before the epoch changed are answered with 410 Gone.</summary>
    public int SyncEpoch => Volatile.Read(ref _syncEpoch);

    /// <summary>Forgets all sync state, as Exchange does after a long outage: clients must start over.</summary>
    public void ResetSyncState() => Interlocked.Increment(ref _syncEpoch);

    /// <summary>Resolves Graph's well-known folder names (case-insensitive).</summary>
    public ChangeLog<EmulatedMessage>? Folder(string folderId) => folderId.ToLowerInvariant() switch
    {
        "inbox" => Inbox,
        "sentitems" => SentItems,
        _ => null,
    };

    public EmulatedMessage? FindMessage(string id) => Inbox.Find(id) ?? SentItems.Find(id);

    /// <summary>Messages of both synced folders, the same internetMessageId counted once.</summary>
    public IReadOnlySet<string> DistinctInternetMessageIds() =>
        Inbox.Live().Concat(SentItems.Live()).Select(m => m.InternetMessageId).ToHashSet(StringComparer.Ordinal);
}

/// <summary>One change as a subscription sees it: the resource collection, the item id, and what happened.</summary>
public sealed record MailboxChange(string Resource, string ItemId, ChangeKind Kind);
