using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Contacts;

public static class OwnerContextQuery
{
    /// <summary>The mailbox owner with what contact naming needs of their tenant.</summary>
    public static async Task<OwnerContext> LoadOwnerContextAsync(this RelationsDbContext db, Guid ownerId, CancellationToken ct) =>
        await db.Owners.AsNoTracking().Where(o => o.Id == ownerId)
            .Join(db.Tenants, o => o.TenantId, t => t.Id, (o, t) => new OwnerContext(t.Id, o.Id, o.GraphUserId, o.Email, t.Domain, t.Name))
            .SingleOrDefaultAsync(ct)
        ?? throw new InvalidOperationException($"No mailbox owner {ownerId}.");
}
