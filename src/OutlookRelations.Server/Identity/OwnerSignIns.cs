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

    // One entry per way a user signs in (a few per user), replaced when it runs out.
    private readonly ConcurrentDictionary<string, (SignedInOwner Owner, DateTimeOffset Until)> _known = new(StringComparer.Ordinal);

    /// <param name="key">How the sign-in names the user, e.g. "entra:{tid}:{oid}".</param>
    /// <param name="load">The database lookup, run when the key is not remembered or has run out.</param>
    public async Task<SignedInOwner?> FindAsync(string key, Func<Task<SignedInOwner?>> load)
    {
        if (_known.TryGetValue(key, out var known) && known.Until > time.GetUtcNow()) return known.Owner;
        var owner = await load();
        if (owner is null) _known.TryRemove(key, out _);
        else _known[key] = (owner, time.GetUtcNow() + Lifetime);
        return owner;
    }

    /// <summary>Forgets every sign-in that named this owner (offboarding).</summary>
    public void Forget(Guid ownerId)
    {
        foreach (var (key, entry) in _known)
            if (entry.Owner.Id == ownerId) _known.TryRemove(key, out _);
    }
}
