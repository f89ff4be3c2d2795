using Microsoft.AspNetCore.Authorization;

namespace OutlookRelations.Server.Identity;

/// <summary>
/// App roles, as defined on the Entra ID app registration and carried in the token's "roles" claim.
/// Every signed-in mailbox owner is a user; managers may ask for their team's figures; admins set
/// the tenant's data controls and may erase anyone's data. An admin is not implicitly a manager.
/// </summary>
public static class Roles
{
    public const string Manager = "Relations.Manager";
    public const string Admin = "Relations.Admin";

    public const string ManagerPolicy = "Manager";
    public const string AdminPolicy = "Admin";

    public static void AddPolicies(AuthorizationOptions options)
    {
        options.AddPolicy(ManagerPolicy, p => p.RequireAuthenticatedUser().RequireRole(Manager));
        options.AddPolicy(AdminPolicy, p => p.RequireAuthenticatedUser().RequireRole(Admin));
    }
}
