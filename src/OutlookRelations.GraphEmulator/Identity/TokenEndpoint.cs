using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Http;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Identity;

/// <summary>
/// POST /{tenant}/oauth2/v2.0/token for the two grants a confidential client uses: client
/// credentials (app-only) and on-behalf-of (jwt-bearer with requested_token_use=on_behalf_of). The
/// client proves itself with its secret or with a client assertion signed by its certificate, as
/// MSAL sends them. A single-page app's grants (authorization code, refresh) go to
/// <see cref="SpaTokenGrants"/>. Errors use Entra's error and AADSTS codes.
/// </summary>
internal static class TokenEndpoint
{
    private const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private const string OnBehalfOf = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    public static async Task<IResult> IssueAsync(HttpRequest request, string tenant, EntraIssuer issuer, EmulatorStore store)
    {
        var now = store.Clock.GetUtcNow();
        if (!request.HasFormContentType) return Error(now, 400, "invalid_request", "AADSTS900144: The request body must contain the following parameter: 'grant_type'.");
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        if (form["grant_type"] is var spaGrant && (spaGrant == "authorization_code" || spaGrant == "refresh_token"))
            return SpaTokenGrants.Issue(request, form, tenant, issuer, store, now);
        if (!Guid.TryParse(tenant, out _)) return Error(now, 400, "invalid_request", $"AADSTS90002: Tenant '{tenant}' not found. App-only and on-behalf-of tokens need a directory id.");
        var app = issuer.FindApp(form["client_id"].ToString());
        if (app is null) return Error(now, 400, "unauthorized_client", $"AADSTS700016: Application with identifier '{form["client_id"]}' was not found in the directory.");
        var proof = ClientProof(form, app, issuer, now);
        if (proof is null) return Error(now, 401, "invalid_client", "AADSTS7000215: Invalid client secret provided, or the client assertion is not signed by a certificate registered for the app.");

        var scope = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(s => s.EndsWith("/.default", StringComparison.Ordinal));
        if (scope is null || !scope.StartsWith(issuer.GraphAudience, StringComparison.OrdinalIgnoreCase))
            return Error(now, 400, "invalid_scope", $"AADSTS1002012: The provided value for scope '{form["scope"]}' is not valid. Ask for {issuer.GraphAudience}/.default.");

        var grantType = form["grant_type"].ToString();
        TokenRequest token;
        if (grantType == "client_credentials")
        {
            token = new TokenRequest(tenant, app.ServicePrincipalId, app.ClientId, issuer.GraphAudience) { Scope = "", Roles = app.GraphRoles, ClientId = app.ClientId };
        }
        else if (grantType == OnBehalfOf && form["requested_token_use"] == "on_behalf_of")
        {
            if (!issuer.TryRead(form["assertion"].ToString(), now, out var user)
                || !app.ApiAudiences.Contains(user.GetProperty("aud").GetString(), StringComparer.OrdinalIgnoreCase)
                || user.GetProperty("tid").GetString() != tenant)
                return Error(now, 400, "invalid_grant", "AADSTS50013: Assertion failed signature validation, has expired, or is not for this app and directory.");
            token = new TokenRequest(tenant, user.GetProperty("oid").GetString()!, user.GetProperty("preferred_username").GetString()!, issuer.GraphAudience)
            {
                Scope = "User.Read User.ReadBasic.All",
            };
        }
        else
        {
            return Error(now, 400, "unsupported_grant_type", $"AADSTS70003: The app requested an unsupported grant type '{grantType}'.");
        }

        issuer.Record(new TokenGrant(grantType == "client_credentials" ? "client_credentials" : "on_behalf_of", app.ClientId, tenant,
            grantType == "client_credentials" ? null : token.ObjectId, scope, proof));
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)token.Lifetime.TotalSeconds,
            ["ext_expires_in"] = (int)token.Lifetime.TotalSeconds,
            ["access_token"] = issuer.IssueToken(token, now),
        });
    }

    /// <summary>"secret" or "certificate" when the client proved who it is; null otherwise.</summary>
    private static string? ClientProof(IFormCollection form, EmulatedApp app, EntraIssuer issuer, DateTimeOffset now)
    {
        if (form["client_secret"].ToString() is { Length: > 0 } secret)
            return app.Secret is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(app.Secret)) ? "secret" : null;
        if (form["client_assertion_type"] != AssertionType || app.Certificate is null) return null;
        using var key = app.Certificate.GetRSAPublicKey()!;
        if (!TokenSignatures.TryRead(form["client_assertion"].ToString(), key, now, out var assertion)) return null;
        var subject = assertion.TryGetProperty("sub", out var sub) ? sub.GetString() : null;
        return subject == app.ClientId ? "certificate" : null;
    }

    internal static IResult Error(DateTimeOffset now, int status, string error, string description) => Results.Json(new Dictionary<string, object>
    {
        ["error"] = error,
        ["error_description"] = description,
        ["error_codes"] = new[] { int.Parse(description[7..description.IndexOf(':')], System.Globalization.CultureInfo.InvariantCulture) },
        ["timestamp"] = now.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        ["trace_id"] = Guid.NewGuid().ToString(),
    }, statusCode: status);
}
