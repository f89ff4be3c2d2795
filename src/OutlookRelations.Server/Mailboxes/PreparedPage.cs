using System.Collections.Concurrent;
using OutlookRelations.Memory.Cleaning;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Mailboxes;

/// <summary>A message of a page as read before any database work: its authored text, and what sync derives from it alone.</summary>
public sealed record PreparedMessage(string Key, AuthoredMessage Read, Direction Direction, bool IsAutomated, string? Question);

/// <summary>
/// A page's messages read once, off the transaction's critical path: while one page commits, the next
/// is fetched and prepared on another thread (bodies cleaned, automated mail told apart, and each
/// hook's own pure work, such as the memory engine's extraction, in <see cref="ISyncHook.PrepareAsync"/>).
/// Nothing here touches the database; what it holds is used, or thrown away with the page.
/// </summary>
public sealed class PreparedPage(OwnerContext owner, IReadOnlyDictionary<string, PreparedMessage> messages)
{
    private readonly ConcurrentDictionary<Type, object> _kept = new();

    public OwnerContext Owner { get; } = owner;

    /// <summary>The page's live messages, by Graph id.</summary>
    public IReadOnlyDictionary<string, PreparedMessage> Messages { get; } = messages;

    /// <summary>A hook keeps what it prepared, one value per type, for its <see cref="ISyncHook.PageCommittingAsync"/>.</summary>
    public void Keep<T>(T value) where T : class => _kept[typeof(T)] = value;

    public T? Kept<T>() where T : class => _kept.TryGetValue(typeof(T), out var value) ? (T)value : null;
}
