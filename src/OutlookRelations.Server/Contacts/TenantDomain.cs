namespace OutlookRelations.Server.Contacts;

/// <summary>Colleagues are people at the tenant's own mail domain (or a subdomain of it); everyone else is from outside.</summary>
public static class TenantDomain
{
    public static bool IsColleague(string email, string tenantDomain)
    {
        var at = email.LastIndexOf('@');
        if (at < 0) return false;
        var host = email[(at + 1)..];
        return host.Equals(tenantDomain, StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + tenantDomain, StringComparison.OrdinalIgnoreCase);
    }
}
