using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookRelations.Server.Identity;
using OutlookRelations.Server.Storage;
using Microsoft.Graph;
using OutlookRelations.Server.GraphAccess;

namespace OutlookRelations.Server.Reports;

/// <summary>
/// Who may ask for which scope, and whose mailboxes it covers. Enforced here, on the server:
/// "team" needs the Relations.Manager role and means the requester's direct reports as Graph lists
/// them; "organisation" needs Relations.Admin and means every mailbox in the requester's tenant.
/// Checked when a report is asked for or scheduled (the caller's token), and again when a job builds
/// it (the roles the requester's latest sign-in carried, no older than Reports:RolesConfirmedWithin).
/// </summary>
public sealed class ReportAudience(RelationsDbContext db, TenantGraph graph, GraphEndpoint endpoint, TimeProvider time, IOptions<ReportOptions> options)
{
    public sealed record Audience(string Title, IReadOnlyList<MailboxOwner> Owners);

    /// <summary>
    /// The allow-list: each scope with the role it needs (null: none). A scope missing here is
    /// refused, so a value that slipped past parsing can never fall through to "allowed".
    /// </summary>
    private static readonly Dictionary<ReportScope, (string? Role, string Who)> Needs = new()
    {
        [ReportScope.Me] = (null, "everyone"),
        [ReportScope.Team] = (Roles.Manager, "managers"),
        [ReportScope.Organisation] = (Roles.Admin, "admins"),
    };

    public static string? Refusal(ReportScope scope, System.Security.Claims.ClaimsPrincipal user) => Refusal(scope, user.IsInRole);

    private static string? Refusal(ReportScope scope, Func<string, bool> holds)
    {
        if (!Needs.TryGetValue(scope, out var need)) return $"There is no report scope '{scope}'.";
        if (need.Role is null || holds(need.Role)) return null;
        var name = ReportSpec.Name(scope);
        return $"{char.ToUpperInvariant(name[0])}{name[1..]} reports are for {need.Who} (the {need.Role} role).";
    }

    /// <summary>
    /// The same check for a job, which has no token: against the roles the requester's latest sign-in
    /// carried. A role lost in Entra ID shows at their next sign-in; one never confirmed again stops
    /// counting after <see cref="ReportOptions.RolesConfirmedWithin"/>.
    /// </summary>
    public async Task<string?> RefusalWhenBuiltAsync(ReportScope scope, Guid tenantId, Guid requesterId, CancellationToken ct)
    {
        if (!Needs.TryGetValue(scope, out var need)) return $"There is no report scope '{scope}'.";
        if (need.Role is null) return null;
        var seen = await db.Owners.AsNoTracking().Where(o => o.TenantId == tenantId && o.Id == requesterId)
            .Select(o => new { o.Roles, o.RolesSeenAt }).SingleOrDefaultAsync(ct);
        if (seen is null) return "The requester's mailbox is no longer here.";
        var within = options.Value.RolesConfirmedWithin;
        if (seen.RolesSeenAt is not { } at || time.GetUtcNow() - at > within)
            return $"The requester's {need.Role} role could not be confirmed: they have not signed in for {within.TotalDays:0} days, and a role counts only as long as a sign-in shows it.";
        return Refusal(scope, role => RoleSightings.Holds(seen.Roles, role)) is { } refusal
            ? $"The requester no longer holds the {need.Role} role (as of their sign-in at {at:yyyy-MM-dd HH:mm} UTC). {refusal}"
            : null;
    }

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
            case ReportScope.Organisation:
                var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == tenantId, ct);
                return new Audience(tenant.Name, await owners.OrderBy(o => o.Email).ToListAsync(ct));
            default:
                throw new ArgumentOutOfRangeException(nameof(scope), scope, "Not a report scope.");
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
