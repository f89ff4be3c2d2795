using Microsoft.EntityFrameworkCore;
using Microsoft.Graph;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.GraphAccess;

/// <summary>The app-only Graph client for one of our tenants: it acts in that tenant's own Entra ID directory.</summary>
public sealed class TenantGraph(RelationsDbContext db, GraphEndpoint endpoint)
{
    public async Task<GraphServiceClient> ForTenantAsync(Guid tenantId, CancellationToken ct)
    {
        // A tenant's directory never changes once onboarded, and sync asks for every page: remember it,
        // and remember a tenant without one too (Guid.Empty). Sync fetches its next page while the one
        // before commits on the same context, so after the first page this must not touch the database.
        if (!endpoint.KnownDirectories.TryGetValue(tenantId, out var directory))
        {
            var found = await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.EntraTenantId).SingleOrDefaultAsync(ct);
            endpoint.KnownDirectories[tenantId] = directory = found ?? Guid.Empty;
        }
        return endpoint.AppOnly(directory == Guid.Empty ? null : directory);
    }
}
