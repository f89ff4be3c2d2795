using System.Collections.Concurrent;

namespace OutlookRelations.Server.Identity;

/// <summary>The mailbox owner a sign-in names: our own ids, attached to the principal as claims.</summary>
public sealed record SignedInOwner(Guid TenantId, Guid Id, string Email, string DisplayName);

/// <summary>
/// Who each sign-in names, remembered for <see cref="Lifetime"/>: every API call signs in, and looking
/// the owner up in the database was one of a sidebar lookup's round trips (sidebar-load benchmark).
/// Only owners found are remembered, so a newly onboarded user is let in at once. Offboarding forgets
/// the owner here at once; other server instances forget within <see cref="Lifetime"/>, and until then
/// that owner's requests read nothing (the rows are gone) and write nothing (every row must name an
/// existing owner).
/// </summary>
public sealed class OwnerSignIns(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    // One entry per way a user signs in (a few per user), replaced when it runs out; entries nobody
    // asks for again (people who left, sign-in kinds no longer used) are swept out with the next lookup.
    private readonly ConcurrentDictionary<string, (SignedInOwner Owner, DateTimeOffset Until)> _known = new(StringComparer.Ordinal);
    private long _nextSweepTicks;

    /// <summary>How many sign-ins are remembered, expired ones not yet swept included.</summary>
    internal int Count => _known.Count;

    /// <param name="key">How the sign-in names the user, e.g. "entra:{tid}:{oid}".</param>
    /// <param name="load">The database lookup, run when the key is not remembered or has run out.</param>
    public async Task<SignedInOwner?> FindAsync(string key, Func<Task<SignedInOwner?>> load)
    {
        if (_known.TryGetValue(key, out var known) && known.Until > time.GetUtcNow()) return known.Owner;
        var owner = await load();
        var now = time.GetUtcNow();
        if (owner is null) _known.TryRemove(key, out _);
        else _known[key] = (owner, now + Lifetime);
        SweepExpired(now);
        return owner;
    }

    // At most once a lifetime, and only on a lookup that went to the database anyway.
    private void SweepExpired(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, (now + Lifetime).UtcTicks, due) != due) return;
        foreach (var (key, entry) in _known)
            if (entry.Until <= now) _known.TryRemove(KeyValuePair.Create(key, entry));
    }

    /// <summary>Forgets every sign-in that named this owner (offboarding).</summary>
    public void Forget(Guid ownerId)
    {
        foreach (var (key, entry) in _known)
            if (entry.Owner.Id == ownerId) _known.TryRemove(key, out _);
    }
}
