using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OutlookRelations.GraphEmulator.Identity;

/// <summary>The two Entra ID URLs a token validator reads: discovery and the signing keys.</summary>
internal static class EntraEndpoints
{
    public static void Map(IEndpointRouteBuilder app, Func<EntraIssuer> issuer)
    {
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(issuer().Discovery(tenant)));
        app.MapGet("/{tenant}/discovery/v2.0/keys", () => Results.Json(issuer().KeySet()));
    }
}
