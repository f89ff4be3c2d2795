using OutlookRelations.GraphEmulator.Model;

namespace OutlookRelations.GraphEmulator.Store;

/// <summary>
/// A versioned collection: every add, change or delete takes the next version number, which is
/// what makes delta queries possible. A delta round is "every change with since &lt; version ≤ upTo",
/// read in version order, so a page cursor is simply the last version handed out.
/// </summary>
public sealed class ChangeLog<T> where T : class, IEmulatedItem
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _byId = new(StringComparer.Ordinal);
    private readonly SortedSet<long> _versions = [];
    private readonly Dictionary<long, string> _idByVersion = [];
    private long _version;

    private sealed record Entry(T? Item, long Version);

    public long CurrentVersion
    {
        get { lock (_gate) return _version; }
    }

    public int Count
    {
        get { lock (_gate) return _byId.Values.Count(e => e.Item is not null); }
    }

    /// <summary>Raised after every add, change or delete, outside the lock (change notifications hang off it).</summary>
    public event Action<string, ChangeKind>? Changed;

    public void Upsert(T item)
    {
        bool existed;
        lock (_gate)
        {
            existed = _byId.TryGetValue(item.Id, out var old) && old.Item is not null;
            Record(item.Id, item);
        }
        Changed?.Invoke(item.Id, existed ? ChangeKind.Updated : ChangeKind.Created);
    }

    /// <summary>Deletes an item, leaving a tombstone so later delta rounds report it as @removed.</summary>
    public bool Remove(string id)
    {
        lock (_gate)
        {
            if (!_byId.TryGetValue(id, out var entry) || entry.Item is null) return false;
            Record(id, null);
        }
        Changed?.Invoke(id, ChangeKind.Deleted);
        return true;
    }

    public T? Find(string id)
    {
        lock (_gate) return _byId.TryGetValue(id, out var entry) ? entry.Item : null;
    }

    public IReadOnlyList<T> Live()
    {
        lock (_gate) return [.. _byId.Values.Where(e => e.Item is not null).Select(e => e.Item!)];
    }

    /// <summary>
    /// Reads up to <paramref name="max"/> changes with after &lt; version ≤ upTo. Tombstones are only
    /// reported when <paramref name="includeRemoved"/> (an initial sync never reports deletions).
    /// </summary>
    public ChangePage<T> ReadChanges(long after, long upTo, int max, bool includeRemoved, Func<T, bool>? filter = null)
    {
        lock (_gate)
        {
            var changes = new List<Change<T>>(Math.Min(max, 1024));
            if (after >= upTo) return new ChangePage<T>(changes, after, More: false);
            foreach (var version in _versions.GetViewBetween(after + 1, upTo))
            {
                var id = _idByVersion[version];
                var item = _byId[id].Item;
                var wanted = item is null ? includeRemoved : filter?.Invoke(item) ?? true;
                if (!wanted) continue;
                if (changes.Count == max) return new ChangePage<T>(changes, changes[^1].Version, More: true);
                changes.Add(new Change<T>(id, item, version));
            }
            return new ChangePage<T>(changes, upTo, More: false);
        }
    }

    private void Record(string id, T? item)
    {
        if (_byId.TryGetValue(id, out var old))
        {
            _versions.Remove(old.Version);
            _idByVersion.Remove(old.Version);
        }
        var version = ++_version;
        _byId[id] = new Entry(item, version);
        _versions.Add(version);
        _idByVersion[version] = id;
    }
}

/// <summary>Graph's changeType values, as change notifications spell them in lower case.</summary>
public enum ChangeKind
{
    Created,
    Updated,
    Deleted,
}

/// <summary>One change: <see cref="Item"/> is null when the item was deleted.</summary>
public sealed record Change<T>(string Id, T? Item, long Version) where T : class;

/// <summary>A page of changes; <see cref="Cursor"/> is where the next page starts.</summary>
public sealed record ChangePage<T>(IReadOnlyList<Change<T>> Changes, long Cursor, bool More) where T : class;
