using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Identity;

/// <summary>
/// Demo sign-in: every request acts as a demo mailbox owner, chosen by the X-Demo-User header (or
/// ?demoUser= on GET and HEAD), else the configured default. Registered only in Development with demo mode on.
/// </summary>
public sealed class DemoAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    RelationsDbContext db, IOptions<DemoOptions> demo, OwnerSignIns signIns)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Demo";
    public const string Header = "X-Demo-User";
    public const string QueryName = "demoUser";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var asked = Request.Headers[Header].FirstOrDefault();
        if (asked is null && Request.Query.ContainsKey(QueryName))
        {
            // A link or another site's form can carry ?demoUser=, never a header: it may choose who reads, not who writes.
            if (!HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method))
                return AuthenticateResult.Fail($"?{QueryName}= is read on GET requests only; send the {Header} header to act as a demo user.");
            asked = Request.Query[QueryName].FirstOrDefault();
        }
        var email = (asked ?? demo.Value.DefaultUser)?.Trim().ToLowerInvariant();
        // The query is built only when the sign-in is not remembered: the usual request never touches EF here.
        var owner = await signIns.FindAsync($"demo:{email}", () => db.Owners.AsNoTracking()
            .Where(o => email == null || o.Email == email).OrderBy(o => o.Email)
            .Select(o => new SignedInOwner(o.TenantId, o.Id, o.Email, o.DisplayName)).FirstOrDefaultAsync(Context.RequestAborted));
        if (owner is null)
            return AuthenticateResult.Fail(email is null ? "No demo user exists yet." : $"No demo user '{email}'.");

        var identity = new ClaimsIdentity(
        [
            new Claim(CurrentUser.TenantClaim, owner.TenantId.ToString()),
            new Claim(CurrentUser.OwnerClaim, owner.Id.ToString()),
            new Claim(ClaimTypes.Email, owner.Email),
            new Claim(ClaimTypes.Name, owner.DisplayName),
        ], SchemeName, ClaimTypes.Name, EntraTokens.RolesClaim);
        // Demo roles come from configuration, as app-role assignments do in Entra ID.
        if (demo.Value.Managers.Contains(owner.Email, StringComparer.OrdinalIgnoreCase)) identity.AddClaim(new Claim(EntraTokens.RolesClaim, Roles.Manager));
        if (demo.Value.Admins.Contains(owner.Email, StringComparer.OrdinalIgnoreCase)) identity.AddClaim(new Claim(EntraTokens.RolesClaim, Roles.Admin));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
