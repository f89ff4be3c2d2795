using Microsoft.AspNetCore.Authentication.JwtBearer;
using OutlookRelations.Server.Identity;

namespace OutlookRelations.Server.Jobs;

/// <summary>
/// A browser's way into /jobs. A page cannot add a bearer token to a plain navigation, so the admin
/// page, once MSAL signed it in, posts its token here and the server puts it in a cookie that only
/// /jobs reads (Path=/jobs, HttpOnly, SameSite=Strict, Secure over HTTPS, gone when the token
/// expires). The cookie is nothing but that bearer token: /jobs validates it exactly as the API
/// validates the header (signature, audience, onboarded mailbox, Relations.Admin). SameSite=Strict
/// keeps other sites from riding it into the dashboard's buttons.
/// </summary>
public static class JobsSession
{
    public const string Path = "/api/admin/jobs-session";
    public const string CookieName = "relations-jobs";

    /// <summary>204; with a bearer token (Entra mode) the cookie is set. Demo mode has no token to keep.</summary>
    public static void MapJobsSession(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, (HttpContext http) =>
        {
            var header = http.Request.Headers.Authorization.ToString();
            if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                && long.TryParse(http.User.FindFirst("exp")?.Value, System.Globalization.CultureInfo.InvariantCulture, out var exp))
            {
                http.Response.Cookies.Append(CookieName, header["Bearer ".Length..].Trim(), new CookieOptions
                {
                    Path = JobsDashboard.Path,
                    HttpOnly = true,
                    Secure = http.Request.IsHttps,
                    SameSite = SameSiteMode.Strict,
                    Expires = DateTimeOffset.FromUnixTimeSeconds(exp),
                    IsEssential = true,
                });
            }
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).RequireAuthorization(Roles.AdminPolicy).WithTags("Admin");

    /// <summary>
    /// Teaches Identity's bearer validation to read the cookie on /jobs. Registered from here, after
    /// Identity set its options up, so Identity never needs to know the dashboard exists.
    /// </summary>
    public static IServiceCollection AddJobsSessionCookie(this IServiceCollection services) =>
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var before = options.Events.OnMessageReceived;
            options.Events.OnMessageReceived = async context =>
            {
                await before(context);
                if (context.Token is null) await ReadCookie(context);
            };
        });

    /// <summary>JwtBearer's hook: on /jobs only, and only when no header came, the cookie's token is the bearer token.</summary>
    public static Task ReadCookie(MessageReceivedContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments(JobsDashboard.Path) && !request.Headers.ContainsKey("Authorization")
            && request.Cookies.TryGetValue(CookieName, out var token) && token.Length > 0)
            context.Token = token;
        return Task.CompletedTask;
    }
}
