using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Identity;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Reports;

/// <summary>
/// Who may ask for which scope, and whose mailboxes it covers. Enforced here, on the server:
/// "team" needs the Relations.Manager role and means the requester's direct reports as Graph lists
/// them; "organisation" needs Relations.Admin and means every mailbox in the requester's tenant.
/// </summary>
public sealed class ReportAudience(RelationsDbContext db, GraphEndpoint graph)
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
                var reports = await graph.Client.Users[me.GraphUserId].DirectReports.GetAsync(rc => rc.QueryParameters.Select = ["id"], ct);
                var ids = (reports?.Value ?? []).Select(r => r.Id).OfType<string>().ToList();
                var team = await owners.Where(o => ids.Contains(o.GraphUserId)).OrderBy(o => o.Email).ToListAsync(ct);
                return new Audience($"{me.DisplayName}'s team", team);
            default:
                var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == tenantId, ct);
                return new Audience(tenant.Name, await owners.OrderBy(o => o.Email).ToListAsync(ct));
        }
    }
}
