using Microsoft.EntityFrameworkCore;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using OutlookRelations.Server.GraphAccess;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Mailboxes;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// Onboards a tenant's mailboxes from Graph's /users: the tenant row, one owner per user. Safe to
/// run again; it only adds and renames.
/// </summary>
public sealed class DirectoryImport(RelationsDbContext db, GraphEndpoint endpoint)
{
    /// <param name="entraTenantId">The Entra ID directory being onboarded: only its tokens are accepted afterwards.</param>
    public async Task<IReadOnlyList<MailboxOwner>> ImportAsync(string fallbackTenantName, CancellationToken ct, Guid? entraTenantId = null)
    {
        var client = endpoint.AppOnly(entraTenantId);
        var users = (await ListUsersAsync(client, ct)).Where(u => u.Id is not null && (u.Mail ?? u.UserPrincipalName) is not null).ToList();
        if (users.Count == 0) throw new InvalidOperationException("Graph returned no users with a mailbox.");

        var firstMail = (users[0].Mail ?? users[0].UserPrincipalName)!.ToLowerInvariant();
        var domain = firstMail[(firstMail.IndexOf('@') + 1)..];
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Domain == domain, ct);
        if (tenant is null)
        {
            // Graph's companyName when the directory has one, else the name the mail domain gives.
            var name = users.Select(u => u.CompanyName).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))
                ?? Organisations.FromAddress(firstMail, tenantDomain: "", tenantName: "") ?? fallbackTenantName;
            tenant = new Tenant { Id = Guid.NewGuid(), Name = name, Domain = domain };
            db.Tenants.Add(tenant);
        }
        if (entraTenantId is not null)
        {
            if (tenant.EntraTenantId is not null && tenant.EntraTenantId != entraTenantId)
                throw new InvalidOperationException($"Tenant {tenant.Name} is already onboarded as directory {tenant.EntraTenantId}.");
            tenant.EntraTenantId = entraTenantId;
        }

        var owners = await db.Owners.Where(o => o.TenantId == tenant.Id).ToDictionaryAsync(o => o.GraphUserId, ct);
        foreach (var user in users)
        {
            var email = (user.Mail ?? user.UserPrincipalName)!.ToLowerInvariant();
            if (!owners.TryGetValue(user.Id!, out var owner))
            {
                owner = new MailboxOwner { Id = Guid.NewGuid(), TenantId = tenant.Id, GraphUserId = user.Id!, Email = email, DisplayName = user.DisplayName ?? email };
                db.Owners.Add(owner);
                owners[user.Id!] = owner;
            }
            owner.Email = email;
            owner.DisplayName = user.DisplayName ?? email;
            owner.Aliases = OwnerAddresses.Aliases(OwnerAddresses.Of(user), email);
            owner.TimeZone = await TimeZoneOfAsync(client, user.Id!, ct) ?? owner.TimeZone;
        }
        await db.SaveChangesAsync(ct);
        return [.. owners.Values.OrderBy(o => o.Email, StringComparer.Ordinal)];
    }

    /// <summary>
    /// mailboxSettings.timeZone (application permission MailboxSettings.Read). Optional: without the
    /// permission, or for a mailbox Graph cannot read settings of, the owner keeps what they had
    /// (null: UTC), and nothing else of onboarding fails.
    /// </summary>
    private static async Task<string?> TimeZoneOfAsync(GraphServiceClient client, string userId, CancellationToken ct)
    {
        try
        {
            return (await client.Users[userId].MailboxSettings.GetAsync(cancellationToken: ct))?.TimeZone;
        }
        catch (Microsoft.Graph.Models.ODataErrors.ODataError)
        {
            return null;
        }
    }

    // Graph pages /users (100 by default, 999 at most): a real directory has thousands.
    private static async Task<List<User>> ListUsersAsync(GraphServiceClient client, CancellationToken ct)
    {
        var users = new List<User>();
        var page = await client.Users.GetAsync(rc =>
        {
            rc.QueryParameters.Select = ["id", "displayName", "mail", "userPrincipalName", "companyName", "proxyAddresses"];
            rc.QueryParameters.Top = 999;
        }, ct);
        while (page is not null)
        {
            users.AddRange(page.Value ?? []);
            page = page.OdataNextLink is { } next ? await client.Users.WithUrl(next).GetAsync(cancellationToken: ct) : null;
        }
        return users;
    }
}
