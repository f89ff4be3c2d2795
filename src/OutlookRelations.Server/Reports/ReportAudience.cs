using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Identity;
using OutlookRelations.Server.Storage;
using Microsoft.Graph;
using OutlookRelations.Server.GraphAccess;

namespace OutlookRelations.Server.Reports;

/// <summary>
/// Who may ask for which scope, and whose mailboxes it covers. Enforced here, on the server:
/// "team" needs the Relations.Manager role and means the requester's direct reports as Graph lists
/// them; "organisation" needs Relations.Admin and means every mailbox in the requester's tenant.
/// </summary>
public sealed class ReportAudience(RelationsDbContext db, TenantGraph graph, GraphEndpoint endpoint)
{
    public sealed record Audience(string Title, IReadOnlyList<MailboxOwner> Owners);

    public static string? Refusal(ReportScope scope, System.Security.Claims.ClaimsPrincipal user) => scope switch
    {
        ReportScope.Team when !user.IsInRole(Roles.Manager) => "Team reports are for managers (the Relations.Manager role).",
        ReportScope.Organisation when !user.IsInRole(Roles.Admin) => "Organisation reports are for admins (the Relations.Admin role).",
        _ => null,
    };

    public async Task<Audience> ResolveAsync(ReportScope scope, Guid tenantId, Guid requesterId, CancellationToken ct)
    {
        var owners = db.Owners.AsNoTracking().Where(o => o.TenantId == tenantId);
        var me = await owners.SingleAsync(o => o.Id == requesterId, ct);
        switch (scope)
        {
            case ReportScope.Me:
                return new Audience(me.DisplayName, [me]);
            case ReportScope.Team:
                return new Audience($"{me.DisplayName}'s team", await TeamAsync(await graph.ForTenantAsync(tenantId, ct), me, ct));
            default:
                var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == tenantId, ct);
                return new Audience(tenant.Name, await owners.OrderBy(o => o.Email).ToListAsync(ct));
        }
    }

    /// <summary>
    /// The signed-in manager's team, asked of Graph on their behalf (on-behalf-of with the token they
    /// called us with), so Graph applies their own view of the directory. Demo sign-in has no token: app-only.
    /// </summary>
    public async Task<IReadOnlyList<MailboxOwner>> TeamOfSignedInUserAsync(Guid tenantId, Guid requesterId, HttpContext http, CancellationToken ct)
    {
        var me = await db.Owners.AsNoTracking().SingleAsync(o => o.TenantId == tenantId && o.Id == requesterId, ct);
        var bearer = http.Request.Headers.Authorization.ToString();
        var directory = await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.EntraTenantId).SingleAsync(ct);
        var client = bearer.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && directory is { } d
            ? endpoint.OnBehalfOf(d, bearer["Bearer ".Length..].Trim())
            : await graph.ForTenantAsync(tenantId, ct);
        return await TeamAsync(client, me, ct);
    }

    // Direct reports as Graph lists them, limited to mailboxes onboarded here.
    private async Task<List<MailboxOwner>> TeamAsync(GraphServiceClient client, MailboxOwner me, CancellationToken ct)
    {
        var ids = new List<string>();
        var page = await client.Users[me.GraphUserId].DirectReports.GetAsync(rc => rc.QueryParameters.Select = ["id"], ct);
        while (page is not null)
        {
            ids.AddRange((page.Value ?? []).Select(r => r.Id).OfType<string>());
            page = page.OdataNextLink is { } next ? await client.Users[me.GraphUserId].DirectReports.WithUrl(next).GetAsync(cancellationToken: ct) : null;
        }
        return await db.Owners.AsNoTracking().Where(o => o.TenantId == me.TenantId && ids.Contains(o.GraphUserId)).OrderBy(o => o.Email).ToListAsync(ct);
    }
}
