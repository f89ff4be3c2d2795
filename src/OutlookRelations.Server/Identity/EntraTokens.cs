using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Identity;

/// <summary>
/// Entra ID bearer tokens: signature (keys from the tenant's discovery document), lifetime,
/// audience (the client id or the Application ID URI), the v2.0 issuer of the token's own
/// directory, and then an onboarded tenant and mailbox, whose ids become the request's scope.
/// </summary>
public static class EntraTokens
{
    public const string RolesClaim = "roles";

    public static AuthenticationBuilder AddEntraTokens(this AuthenticationBuilder builder, EntraOptions entra)
    {
        // Lifetime is judged by the server's own clock, like everything else it dates, rather than
        // the wall clock IdentityModel reads itself; tests run the server on a fake clock.
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .PostConfigure<TimeProvider>((options, time) => options.TokenValidationParameters.LifetimeValidator =
                (notBefore, expires, _, parameters) => TokenLifetime.IsCurrent(notBefore, expires, parameters.ClockSkew, time.GetUtcNow()));
        return builder.AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            options.MetadataAddress = entra.MetadataAddress;
            // Plain http only for a login host on this machine (the emulator); Entra itself is https.
            options.RequireHttpsMetadata = !entra.InstanceUri.IsLoopback;
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidAudiences = new[] { entra.ClientId, entra.ApplicationIdUri }.OfType<string>(),
                IssuerValidator = (issuer, token, _) => ValidateIssuer(issuer, token, entra),
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                ClockSkew = TimeSpan.FromMinutes(2),
                NameClaimType = "preferred_username",
                RoleClaimType = RolesClaim,
            };
            // Features that let a token arrive another way (the job dashboard's cookie) add an OnMessageReceived of their own.
            options.Events = new JwtBearerEvents { OnTokenValidated = AttachMailboxOwnerAsync };
        });
    }

    /// <summary>
    /// Entra's multi-tenant discovery publishes "{tenantid}" in its issuer, so the issuer is checked
    /// against the token's own tid; a single-tenant app also pins tid to its directory.
    /// </summary>
    private static string ValidateIssuer(string issuer, SecurityToken token, EntraOptions entra)
    {
        var tid = token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>("tid", out var value) ? value : null;
        if (tid is null || !Guid.TryParse(tid, out _))
            throw new SecurityTokenInvalidIssuerException("The token carries no directory (tid).");
        if (entra.IsSingleTenant && !string.Equals(tid, entra.TenantId, StringComparison.OrdinalIgnoreCase))
            throw new SecurityTokenInvalidIssuerException($"Tokens from directory {tid} are not accepted.");
        if (!string.Equals(issuer, entra.IssuerFor(tid), StringComparison.Ordinal))
            throw new SecurityTokenInvalidIssuerException($"Issuer '{issuer}' is not Entra ID's issuer for directory {tid}.");
        return issuer;
    }

    /// <summary>A valid token is not enough: its directory must be onboarded and its user a mailbox we know.</summary>
    private static async Task AttachMailboxOwnerAsync(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        if (!Guid.TryParse(principal.FindFirstValue("tid"), out var tid) || principal.FindFirstValue("oid") is not { } oid)
        {
            context.Fail("The token names no directory or user.");
            return;
        }
        var services = context.HttpContext.RequestServices;
        var db = services.GetRequiredService<RelationsDbContext>();
        var owner = await services.GetRequiredService<OwnerSignIns>().FindAsync($"entra:{tid}:{oid}", () =>
            (from o in db.Owners.AsNoTracking()
             join t in db.Tenants.AsNoTracking() on o.TenantId equals t.Id
             where t.EntraTenantId == tid && o.GraphUserId == oid
             select new SignedInOwner(o.TenantId, o.Id, o.Email, o.DisplayName)).FirstOrDefaultAsync(context.HttpContext.RequestAborted));
        if (owner is null)
        {
            context.Fail($"Directory {tid} is not onboarded, or user {oid} has no mailbox here.");
            return;
        }
        ((ClaimsIdentity)principal.Identity!).AddClaims(
        [
            new Claim(CurrentUser.TenantClaim, owner.TenantId.ToString()),
            new Claim(CurrentUser.OwnerClaim, owner.Id.ToString()),
            new Claim(ClaimTypes.Email, owner.Email),
        ]);
    }
}
