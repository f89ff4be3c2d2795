using System.Security.Claims;

namespace OutlookRelations.Server.Identity;

/// <summary>
/// The signed-in mailbox owner, bound into endpoint handlers. Ids come from the validated
/// principal, never from anything the client sends.
/// </summary>
public sealed record CurrentUser(Guid TenantId, Guid OwnerId, string Email)
{
    // Our own ids, added after sign-in: not Entra's tid/oid, which name the directory and user there.
    public const string TenantClaim = "relations:tenant";
    public const string OwnerClaim = "relations:owner";

    public static CurrentUser? From(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(TenantClaim), out var tenant)
        && Guid.TryParse(principal.FindFirstValue(OwnerClaim), out var owner)
            ? new CurrentUser(tenant, owner, principal.FindFirstValue(ClaimTypes.Email) ?? principal.FindFirstValue("preferred_username") ?? "")
            : null;

    /// <summary>Minimal APIs bind parameters of this type through this method.</summary>
    public static ValueTask<CurrentUser?> BindAsync(HttpContext context) => ValueTask.FromResult(From(context.User));
}
