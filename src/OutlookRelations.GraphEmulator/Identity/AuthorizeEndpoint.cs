using Microsoft.AspNetCore.Http;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Identity;

/// <summary>
/// /{tenant}/oauth2/v2.0/authorize, the authorization-code flow with PKCE as MSAL.js runs it for a
/// single-page app: GET shows the sign-in page, POST (the page's form) picks the user and sends the
/// browser back to the registered redirect URI with a code and the client's state, in the fragment
/// or the query as the client asked. An unknown app or redirect URI is refused on the page itself,
/// never by a redirect: that URI is exactly what cannot be trusted then.
/// </summary>
internal static class AuthorizeEndpoint
{
    public static IResult Show(HttpRequest http, string tenant, EntraIssuer issuer, EmulatorStore store)
    {
        var request = AuthorizeRequest.Read(name => http.Query.TryGetValue(name, out var v) ? v.ToString() : null);
        if (request.PageError(issuer, tenant) is { } fatal) return Page(http, SignInPage.RenderError(fatal), 400, null);
        if (request.RedirectError(issuer) is { } error) return Redirect(request, error);
        var users = store.Mailboxes.Select(m => m.User).ToList();
        var hinted = users.Where(u => string.Equals(u.Mail, request.LoginHint, StringComparison.OrdinalIgnoreCase)).ToList();
        return Page(http, SignInPage.Render(tenant, request, hinted.Count > 0 ? hinted : users, request.ClientId), 200, request.RedirectUri);
    }

    public static async Task<IResult> PickAsync(HttpRequest http, string tenant, EntraIssuer issuer, EmulatorStore store)
    {
        if (!http.HasFormContentType) return Page(http, SignInPage.RenderError("AADSTS900144: The sign-in form was not posted."), 400, null);
        var form = await http.ReadFormAsync(http.HttpContext.RequestAborted);
        var request = AuthorizeRequest.Read(name => form.TryGetValue(name, out var v) ? v.ToString() : null);
        if (request.PageError(issuer, tenant) is { } fatal) return Page(http, SignInPage.RenderError(fatal), 400, null);
        if (request.RedirectError(issuer) is { } error) return Redirect(request, error);
        if (store.Find(form["user"].ToString()) is not { } mailbox)
            return Page(http, SignInPage.RenderError($"AADSTS50034: The user account '{form["user"]}' does not exist in the directory."), 400, null);

        var directory = AuthorizeRequest.DirectoryOf(tenant, store)!;
        var user = mailbox.User;
        var code = issuer.Codes.Issue(new PendingCode(request.ClientId, directory, user.Id, request.RedirectUri, request.Scope,
            request.CodeChallenge!, request.Nonce, store.Clock.GetUtcNow() + AuthorizationCodes.CodeLifetime));
        return Results.Redirect(request.Respond(
        [
            new("code", code),
            new("state", request.State),
            new("client_info", ClientInfo(user, directory)),
        ]));
    }

    /// <summary>base64url({"uid","utid"}): MSAL builds the account's home id from it.</summary>
    public static string ClientInfo(EmulatedUser user, string directory) =>
        EntraIssuer.Base64Url(System.Text.Json.JsonSerializer.Serialize(new { uid = user.Id, utid = directory }));

    private static IResult Redirect(AuthorizeRequest request, (string Error, string Description) error) =>
        Results.Redirect(request.Respond([new("error", error.Error), new("error_description", error.Description), new("state", request.State)]));

    // The page runs no script; its form may post only here, and the redirect that follows only to the client.
    private static IResult Page(HttpRequest http, string html, int status, string? redirectUri)
    {
        var formTargets = redirectUri is null ? "'self'" : $"'self' {new Uri(redirectUri).GetLeftPart(UriPartial.Authority)}";
        http.HttpContext.Response.Headers.ContentSecurityPolicy = $"default-src 'none'; style-src 'unsafe-inline'; form-action {formTargets}; frame-ancestors 'none'";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
