using OutlookRelations.Server.Identity;

namespace OutlookRelations.Server.Hosting;

/// <summary>
/// Headers every response carries. The pages show text from other people's email, so besides
/// rendering it as text (React) the browser is told to run nothing the server did not send: scripts
/// only from this origin and Office.js's CDN (no inline script, no eval), connections only here and
/// to the Entra ID login host (MSAL), and no framing of other sites. Styles may be inline: Fluent UI
/// writes its CSS at run time. frame-ancestors is left open on purpose: Outlook frames the pane from
/// whichever Office host the user is on. Hangfire's dashboard (/jobs) needs no exception: its
/// scripts and styles are files it serves itself, with no inline script or handler (JobsDashboardTests).
/// </summary>
public static class SecurityHeaders
{
    public const string OfficeJsOrigin = "https://appsforoffice.microsoft.com";

    public static string ContentSecurityPolicy(EntraOptions entra)
    {
        var login = entra.InstanceUri.GetLeftPart(UriPartial.Authority);
        return string.Join("; ",
            "default-src 'self'",
            $"script-src 'self' {OfficeJsOrigin}",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            $"connect-src 'self' {login}",
            $"frame-src 'self' {login}",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var policy = ContentSecurityPolicy(app.ApplicationServices.GetRequiredService<EntraOptions>());
        return app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            // Page URLs can hold addresses (?preview=…): never send them on to the sites a card links to.
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = policy;
            return next(context);
        });
    }
}
