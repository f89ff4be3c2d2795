using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Mailboxes;

public static class OwnerContextQuery
{
    /// <summary>The mailbox owner with what contact naming and the tenant's data controls need.</summary>
    public static async Task<OwnerContext> LoadOwnerContextAsync(this RelationsDbContext db, Guid ownerId, CancellationToken ct)
    {
        var found = await db.Owners.AsNoTracking().Where(o => o.Id == ownerId)
            .Join(db.Tenants, o => o.TenantId, t => t.Id, (o, t) => new { Owner = o, Tenant = t })
            .SingleOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"No mailbox owner {ownerId}.");
        var settings = await db.TenantSettings.AsNoTracking().SingleOrDefaultAsync(s => s.TenantId == found.Tenant.Id, ct);
        return new OwnerContext(found.Tenant.Id, found.Owner.Id, found.Owner.GraphUserId, found.Owner.Email, found.Tenant.Domain, found.Tenant.Name)
        {
            Policy = settings is null ? DataPolicy.Default : new DataPolicy(settings),
            Paused = found.Owner.CollectionPaused,
            Addresses = DataPolicy.Lines(found.Owner.Aliases).Select(a => a.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
        };
    }
}
