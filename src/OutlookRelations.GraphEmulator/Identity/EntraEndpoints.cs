using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Identity;

/// <summary>The Entra ID URLs clients use: discovery, the signing keys, sign-in (authorize), and the token endpoint.</summary>
internal static class EntraEndpoints
{
    public static void Map(IEndpointRouteBuilder app, Func<EntraIssuer> issuer, EmulatorStore store)
    {
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (HttpContext context, string tenant) =>
        {
            TokenCors.AllowAnyOrigin(context);
            return Results.Json(issuer().Discovery(tenant));
        });
        app.MapGet("/{tenant}/discovery/v2.0/keys", (HttpContext context) =>
        {
            TokenCors.AllowAnyOrigin(context);
            return Results.Json(issuer().KeySet());
        });
        app.MapGet("/{tenant}/oauth2/v2.0/authorize", (HttpRequest request, string tenant) => AuthorizeEndpoint.Show(request, tenant, issuer(), store));
        app.MapPost("/{tenant}/oauth2/v2.0/authorize", (HttpRequest request, string tenant) => AuthorizeEndpoint.PickAsync(request, tenant, issuer(), store));
        app.MapMethods("/{tenant}/oauth2/v2.0/token", ["OPTIONS"], (HttpContext context) => TokenCors.Preflight(context, issuer()));
        app.MapPost("/{tenant}/oauth2/v2.0/token", (HttpRequest request, string tenant) =>
        {
            TokenCors.AllowSpaOrigin(request.HttpContext, issuer());
            return TokenEndpoint.IssueAsync(request, tenant, issuer(), store);
        });
    }
}
