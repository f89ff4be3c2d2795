using Microsoft.AspNetCore.Http;

namespace OutlookRelations.GraphEmulator.Identity;

/// <summary>
/// Cross-origin access to the login host, which MSAL.js calls with fetch from the app's page:
/// discovery and keys are public (Entra allows any origin), while the token endpoint answers script
/// only from the origin of a registered single-page-app redirect URI, preflight included.
/// </summary>
internal static class TokenCors
{
    public static void AllowAnyOrigin(HttpContext context) => context.Response.Headers.AccessControlAllowOrigin = "*";

    public static void AllowSpaOrigin(HttpContext context, EntraIssuer issuer)
    {
        var origin = context.Request.Headers.Origin.ToString();
        context.Response.Headers.Vary = "Origin";
        if (origin.Length > 0 && issuer.IsSpaOrigin(origin)) context.Response.Headers.AccessControlAllowOrigin = origin;
    }

    public static IResult Preflight(HttpContext context, EntraIssuer issuer)
    {
        AllowSpaOrigin(context, issuer);
        if (!context.Response.Headers.ContainsKey("Access-Control-Allow-Origin")) return Results.StatusCode(StatusCodes.Status403Forbidden);
        var headers = context.Response.Headers;
        headers.AccessControlAllowMethods = "POST";
        headers.AccessControlAllowHeaders = context.Request.Headers.AccessControlRequestHeaders.ToString() is { Length: > 0 } asked ? asked : "Content-Type";
        headers.AccessControlMaxAge = "600";
        return Results.NoContent();
    }
}
