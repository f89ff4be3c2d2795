using Microsoft.AspNetCore.Http;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Identity;

/// <summary>
/// The token endpoint's grants for a single-page app, a public client with no secret: redeeming an
/// authorization code (proved by the PKCE code_verifier) and refreshing. As Entra does for the SPA
/// platform, both must come cross-origin from a page (an Origin header). The response carries what
/// MSAL.js needs: an access token for the app's API (audience = client id, scp, the user's app
/// roles), an ID token with the sign-in's nonce, client_info, and a rotating refresh token.
/// </summary>
internal static class SpaTokenGrants
{
    public static IResult Issue(HttpRequest http, IFormCollection form, string tenant, EntraIssuer issuer, EmulatorStore store, DateTimeOffset now)
    {
        var grantType = form["grant_type"].ToString();
        var clientId = form["client_id"].ToString();
        if (issuer.FindApp(clientId) is not { } app)
            return TokenEndpoint.Error(now, 400, "unauthorized_client", $"AADSTS700016: Application with identifier '{clientId}' was not found in the directory.");
        if (!http.Headers.ContainsKey("Origin"))
            return TokenEndpoint.Error(now, 400, "invalid_request", "AADSTS9002327: Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests.");

        string userId, directory, scope;
        string? nonce = null;
        if (grantType == "authorization_code")
        {
            var pending = issuer.Codes.Redeem(form["code"].ToString(), out var replayed);
            if (pending is null)
                return replayed
                    ? TokenEndpoint.Error(now, 400, "invalid_grant", "AADSTS54005: OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.")
                    : TokenEndpoint.Error(now, 400, "invalid_grant", "AADSTS70000: The provided authorization code is malformed or was not issued by this directory.");
            if (pending.ClientId != app.ClientId || pending.TenantId != AuthorizeRequest.DirectoryOf(tenant, store) && tenant is not ("organizations" or "common"))
                return TokenEndpoint.Error(now, 400, "invalid_grant", "AADSTS70000: The authorization code was issued to another application or directory.");
            if (pending.RedirectUri != form["redirect_uri"].ToString())
                return TokenEndpoint.Error(now, 400, "invalid_grant", "AADSTS50011: The redirect URI does not match the one the authorization code was issued for.");
            if (pending.Expires <= now)
                return TokenEndpoint.Error(now, 400, "invalid_grant", "AADSTS70008: The provided authorization code or refresh token has expired due to inactivity.");
            if (!AuthorizationCodes.VerifierMatches(form["code_verifier"].ToString(), pending.CodeChallenge))
                return TokenEndpoint.Error(now, 400, "invalid_grant", "AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request.");
            (userId, directory, scope, nonce) = (pending.UserId, pending.TenantId, pending.Scope, pending.Nonce);
        }
        else
        {
            var grant = issuer.Codes.RedeemRefresh(form["refresh_token"].ToString());
            if (grant is null || grant.ClientId != app.ClientId || grant.Expires <= now)
                return TokenEndpoint.Error(now, 400, "invalid_grant", "AADSTS70008: The provided authorization code or refresh token has expired due to inactivity.");
            (userId, directory, scope) = (grant.UserId, grant.TenantId, grant.Scope);
        }

        var user = store.Find(userId)?.User;
        var resource = AuthorizeRequest.Read(name => name == "scope" ? scope : null).ResourceScope(app);
        if (user is null || resource is null)
            return TokenEndpoint.Error(now, 400, "invalid_grant", "AADSTS50034: The user account no longer exists in the directory, or the grant names no scope of the app.");
        var access = new TokenRequest(directory, user.Id, user.Mail, app.ClientId)
        {
            Name = user.DisplayName,
            Scope = resource[(resource.LastIndexOf('/') + 1)..],
            Roles = app.UserRoles.GetValueOrDefault(user.Id) ?? [],
        };
        issuer.Record(new TokenGrant(grantType, app.ClientId, directory, user.Id, resource, "pkce"));
        var response = new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["scope"] = resource,
            ["expires_in"] = (int)access.Lifetime.TotalSeconds,
            ["ext_expires_in"] = (int)access.Lifetime.TotalSeconds,
            ["access_token"] = issuer.IssueToken(access, now),
            ["id_token"] = issuer.IssueIdToken(directory, user.Id, user.Mail, user.DisplayName, app.ClientId, nonce, now),
            ["client_info"] = AuthorizeEndpoint.ClientInfo(user, directory),
        };
        if (scope.Split(' ').Contains("offline_access"))
        {
            response["refresh_token"] = issuer.Codes.IssueRefresh(new RefreshGrant(app.ClientId, directory, user.Id, scope, now + AuthorizationCodes.RefreshLifetime));
            response["refresh_token_expires_in"] = (int)AuthorizationCodes.RefreshLifetime.TotalSeconds;
        }
        return Results.Json(response);
    }
}
