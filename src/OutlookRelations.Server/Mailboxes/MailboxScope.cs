using OutlookRelations.Server.GraphAccess;

namespace OutlookRelations.Server.Mailboxes;

/// <summary>
/// Which mailboxes the tenant's admins put in scope: everyone, or the members of one group, as
/// Graph's /groups/{id}/members lists them at the time of asking.
/// </summary>
public sealed class MailboxScope(TenantGraph graph)
{
    public async Task<bool> IncludesAsync(Guid tenantId, DataPolicy policy, string graphUserId, CancellationToken ct) =>
        policy.MailboxGroupId is null || (await MembersAsync(tenantId, policy.MailboxGroupId, ct)).Contains(graphUserId);

    public async Task<HashSet<string>> MembersAsync(Guid tenantId, string groupId, CancellationToken ct)
    {
        var members = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var client = await graph.ForTenantAsync(tenantId, ct);
        var page = await client.Groups[groupId].Members.GetAsync(rc => rc.QueryParameters.Select = ["id"], ct);
        while (page is not null)
        {
            members.UnionWith((page.Value ?? []).Select(m => m.Id).OfType<string>());
            page = page.OdataNextLink is { } next ? await client.Groups[groupId].Members.WithUrl(next).GetAsync(cancellationToken: ct) : null;
        }
        return members;
    }
}
