namespace OutlookRelations.Server.Identity;

/// <summary>
/// GET /api/client-config (anonymous): how the task pane signs in. In "entra" it asks Office
/// (nested app authentication, else Office SSO) for a token with <c>scope</c> and sends it as a
/// bearer token; in "demo" it sends nothing and the server acts as a demo user.
/// </summary>
public static class ClientConfigApi
{
    public sealed record ClientConfig(string Identity, string? ClientId, string? Authority, string? Scope);

    public static void MapClientConfig(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/client-config", (EntraOptions entra, SignInMode mode) =>
        {
            // Says what the server actually accepts, decided once in IdentitySetup, never re-read from settings.
            if (mode.Provider == IdentityProvider.Demo)
                return new ClientConfig("demo", null, null, null);
            var resource = entra.ApplicationIdUri ?? $"api://{entra.ClientId}";
            return new ClientConfig("entra", entra.ClientId, new Uri(entra.InstanceUri, entra.TenantId ?? "organizations").ToString(),
                $"{resource}/{EntraOptions.AccessScope}");
        }).AllowAnonymous().WithTags("Identity");
    }
}
