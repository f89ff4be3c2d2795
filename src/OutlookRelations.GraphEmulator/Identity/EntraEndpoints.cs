using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Identity;

/// <summary>The Entra ID URLs clients use: discovery, the signing keys, and the token endpoint.</summary>
internal static class EntraEndpoints
{
    public static void Map(IEndpointRouteBuilder app, Func<EntraIssuer> issuer, EmulatorStore store)
    {
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(issuer().Discovery(tenant)));
        app.MapGet("/{tenant}/discovery/v2.0/keys", () => Results.Json(issuer().KeySet()));
        app.MapPost("/{tenant}/oauth2/v2.0/token", (HttpRequest request, string tenant) => TokenEndpoint.IssueAsync(request, tenant, issuer(), store));
    }
}
