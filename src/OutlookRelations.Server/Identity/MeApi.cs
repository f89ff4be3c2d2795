using System.Security.Claims;

namespace OutlookRelations.Server.Identity;

/// <summary>GET /api/me: who the server thinks you are and which app roles you hold, so pages offer only what you may do.</summary>
public static class MeApi
{
    public sealed record Me(string Email, string DisplayName, IReadOnlyList<string> Roles);

    public static void MapMe(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/me", (CurrentUser user, ClaimsPrincipal principal) => new Me(
            user.Email,
            principal.FindFirstValue(ClaimTypes.Name) ?? principal.FindFirstValue("name") ?? user.Email,
            [.. new[] { Roles.Manager, Roles.Admin }.Where(principal.IsInRole)]))
        .RequireAuthorization().WithTags("Identity");
}
