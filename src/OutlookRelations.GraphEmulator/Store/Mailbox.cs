using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.GraphEmulator.Sources;

namespace OutlookRelations.GraphEmulator.Store;

/// <summary>
/// One user's mailbox: a tree of mail folders, each with its own messages (message delta is per
/// folder in Graph), and the calendar. Every mailbox starts with Exchange's default folders.
/// </summary>
public sealed class Mailbox
{
    /// <summary>Exchange's default folders: well-known name and display name.</summary>
    public static readonly IReadOnlyList<(string WellKnownName, string DisplayName)> DefaultFolders =
    [
        ("inbox", "Inbox"), ("sentitems", "Sent Items"), ("deleteditems", "Deleted Items"), ("drafts", "Drafts"),
        ("junkemail", "Junk Email"), ("outbox", "Outbox"), ("archive", "Archive"), ("conversationhistory", "Conversation History"),
    ];

    /// <summary>Folders whose mail no one filed as correspondence: what a client that files mail does not read.</summary>
    public static readonly IReadOnlySet<string> NotCorrespondence = new HashSet<string>(StringComparer.Ordinal)
        { "drafts", "junkemail", "outbox", "conversationhistory" };

    private readonly Lock _gate = new();
    private readonly Dictionary<string, ChangeLog<EmulatedMessage>> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _wellKnown = new(StringComparer.OrdinalIgnoreCase);
    private int _syncEpoch;
    private int _foldersMade;

    public Mailbox(EmulatedUser user)
    {
        User = user;
        RootId = StableId.For("AAMkAD", $"folder:{user.Id}:msgfolderroot");
        _wellKnown["msgfolderroot"] = RootId;
        foreach (var (wellKnown, name) in DefaultFolders) AddFolder(name, wellKnownName: wellKnown);
        Inbox = Folder("inbox")!;
        SentItems = Folder("sentitems")!;
        DeletedItems = Folder("deleteditems")!;
        Calendar.Changed += (id, kind) => Changed?.Invoke(this, new MailboxChange("events", id, kind));
    }

    public EmulatedUser User { get; }
    /// <summary>The id of msgfolderroot, the parent of the top-level folders (never listed itself).</summary>
    public string RootId { get; }
    public ChangeLog<EmulatedMessage> Inbox { get; }
    public ChangeLog<EmulatedMessage> SentItems { get; }
    public ChangeLog<EmulatedMessage> DeletedItems { get; }
    public ChangeLog<EmulatedEvent> Calendar { get; } = new();
    /// <summary>Every folder below the root, versioned like messages so mailFolders/delta works.</summary>
    public ChangeLog<EmulatedFolder> Folders { get; } = new();

    /// <summary>Any change to a folder's messages or the calendar, named by Graph's resource ("messages" or "events").</summary>
    public event Action<Mailbox, MailboxChange>? Changed;

    /// <summary>Delta tokens minted before the epoch changed are answered with 410 Gone.</summary>
    public int SyncEpoch => Volatile.Read(ref _syncEpoch);

    /// <summary>Forgets all sync state, as Exchange does after a long outage: clients must start over.</summary>
    public void ResetSyncState() => Interlocked.Increment(ref _syncEpoch);

    /// <summary>Creates a folder under <paramref name="parentFolderId"/> (the root when null).</summary>
    public EmulatedFolder AddFolder(string displayName, string? parentFolderId = null, bool isHidden = false, string? wellKnownName = null)
    {
        var parent = parentFolderId is null ? RootId : ResolveId(parentFolderId) ?? throw new KeyNotFoundException($"No folder '{parentFolderId}'.");
        EmulatedFolder folder;
        lock (_gate)
        {
            var id = StableId.For("AAMkAD", $"folder:{User.Id}:{wellKnownName ?? (++_foldersMade).ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            folder = new EmulatedFolder { Id = id, DisplayName = displayName, ParentFolderId = parent, WellKnownName = wellKnownName, IsHidden = isHidden };
            var messages = new ChangeLog<EmulatedMessage>();
            messages.Changed += (itemId, kind) => Changed?.Invoke(this, new MailboxChange("messages", itemId, kind));
            _messages[id] = messages;
            if (wellKnownName is not null) _wellKnown[wellKnownName] = id;
        }
        Folders.Upsert(folder);
        return folder;
    }

    public void RenameFolder(string folderId, string displayName)
    {
        var folder = FindFolder(folderId) ?? throw new KeyNotFoundException($"No folder '{folderId}'.");
        Folders.Upsert(folder with { DisplayName = displayName });
    }

    /// <summary>Deletes a folder with its child folders and their messages (a hard delete).</summary>
    public void DeleteFolder(string folderId)
    {
        var folder = FindFolder(folderId) ?? throw new KeyNotFoundException($"No folder '{folderId}'.");
        foreach (var child in ChildFolders(folder.Id, includeHidden: true)) DeleteFolder(child.Id);
        var messages = Folder(folder.Id)!;
        foreach (var message in messages.Live()) messages.Remove(message.Id);
        Folders.Remove(folder.Id);
    }

    /// <summary>
    /// Moves a message, keeping its (immutable) id as Exchange does: the source folder's delta reports
    /// it @removed, the destination's reports it added.
    /// </summary>
    public void MoveMessage(string messageId, string destinationFolderId)
    {
        var (message, from) = Locate(messageId) ?? throw new KeyNotFoundException($"No message '{messageId}'.");
        var to = Folder(destinationFolderId) ?? throw new KeyNotFoundException($"No folder '{destinationFolderId}'.");
        if (ReferenceEquals(Folder(from.Id), to)) return;
        Folder(from.Id)!.Remove(messageId);
        to.Upsert(message with { ChangeKey = message.ChangeKey + 1 });
    }

    /// <summary>A live folder by id or by Graph's well-known name (case-insensitive); the root is not one.</summary>
    public EmulatedFolder? FindFolder(string idOrWellKnownName) =>
        ResolveId(idOrWellKnownName) is { } id ? Folders.Find(id) : null;

    /// <summary>The messages of a live folder, by id or well-known name.</summary>
    public ChangeLog<EmulatedMessage>? Folder(string idOrWellKnownName)
    {
        if (FindFolder(idOrWellKnownName) is not { } folder) return null;
        lock (_gate) return _messages[folder.Id];
    }

    /// <summary>The folders directly under a folder (the root by its id or "msgfolderroot"), in creation order.</summary>
    public IReadOnlyList<EmulatedFolder> ChildFolders(string parentIdOrWellKnownName, bool includeHidden)
    {
        var parent = ResolveId(parentIdOrWellKnownName);
        return [.. Folders.Live().Where(f => f.ParentFolderId == parent && (includeHidden || !f.IsHidden))];
    }

    /// <summary>Where a message is now, by its id.</summary>
    public (EmulatedMessage Message, EmulatedFolder Folder)? Locate(string messageId)
    {
        foreach (var folder in Folders.Live())
            if (Folder(folder.Id)?.Find(messageId) is { } message) return (message, folder);
        return null;
    }

    public EmulatedMessage? FindMessage(string id) => Locate(id)?.Message;

    /// <summary>
    /// The distinct internetMessageIds of every folder a person files correspondence in: all folders but
    /// hidden ones and Drafts, Junk Email, Outbox and Conversation History (and what sits below them).
    /// </summary>
    public IReadOnlySet<string> DistinctInternetMessageIds() =>
        CorrespondenceFolders().SelectMany(f => Folder(f.Id)!.Live()).Select(m => m.InternetMessageId).ToHashSet(StringComparer.Ordinal);

    /// <summary>The folders <see cref="DistinctInternetMessageIds"/> counts.</summary>
    public IReadOnlyList<EmulatedFolder> CorrespondenceFolders()
    {
        var all = Folders.Live().ToDictionary(f => f.Id, StringComparer.Ordinal);
        bool Counts(EmulatedFolder f) =>
            !f.IsHidden && !(f.WellKnownName is { } name && NotCorrespondence.Contains(name))
            && (f.ParentFolderId == RootId || (all.TryGetValue(f.ParentFolderId, out var parent) && Counts(parent)));
        return [.. all.Values.Where(Counts)];
    }

    private string? ResolveId(string idOrWellKnownName)
    {
        lock (_gate)
        {
            if (_wellKnown.TryGetValue(idOrWellKnownName, out var id)) return id;
            return _messages.ContainsKey(idOrWellKnownName) || idOrWellKnownName == RootId ? idOrWellKnownName : null;
        }
    }
}

/// <summary>One change as a subscription sees it: the resource collection, the item id, and what happened.</summary>
public sealed record MailboxChange(string Resource, string ItemId, ChangeKind Kind);
