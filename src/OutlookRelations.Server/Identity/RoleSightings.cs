using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Identity;

/// <summary>
/// Keeps on each owner's row the app roles their latest sign-in carried. A role is granted in Entra ID
/// and only ever seen in a token, and a background job (a weekly team report) has none: it reads what
/// the last sign-in showed, and how long ago, instead of trusting the role the schedule was made with.
/// A row is written when the roles change and otherwise at most once per <see cref="RefreshEvery"/>
/// per instance, so an ordinary request costs nothing here.
/// </summary>
public sealed class RoleSightings(TimeProvider time)
{
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromHours(1);

    // One entry per owner who signed in on this instance: bounded by the tenant's mailboxes.
    private readonly ConcurrentDictionary<Guid, (string Roles, DateTimeOffset At)> _written = new();

    /// <summary>The roles we act on, as stored: known ones only, in a fixed order, space-separated.</summary>
    public static string Stored(ClaimsPrincipal principal) =>
        string.Join(' ', new[] { Identity.Roles.Manager, Identity.Roles.Admin }.Where(principal.IsInRole));

    public static bool Holds(string? stored, string role) =>
        (stored ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(role, StringComparer.Ordinal);

    public async Task RecordAsync(RelationsDbContext db, Guid ownerId, ClaimsPrincipal principal, CancellationToken ct)
    {
        var roles = Stored(principal);
        var now = time.GetUtcNow();
        if (_written.TryGetValue(ownerId, out var last) && last.Roles == roles && now - last.At < RefreshEvery) return;
        await db.Owners.Where(o => o.Id == ownerId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Roles, roles).SetProperty(o => o.RolesSeenAt, now), ct);
        _written[ownerId] = (roles, now);
    }
}
