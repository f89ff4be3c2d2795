using System.Text;
using System.Text.Encodings.Web;
using OutlookRelations.GraphEmulator.Model;

namespace OutlookRelations.GraphEmulator.Identity;

/// <summary>
/// The emulated Entra ID's sign-in page: one button per user of the directory (or just the one the
/// client hinted at), in a form that posts the authorize request back with the chosen user. There is
/// no password: the emulator stands in for Entra, not for its credential checks. Every value written
/// into the page is HTML-encoded, since request parameters and display names come from outside.
/// </summary>
internal static class SignInPage
{
    public static string Render(string tenant, AuthorizeRequest request, IReadOnlyList<EmulatedUser> users, string appName)
    {
        var html = HtmlEncoder.Default;
        var page = new StringBuilder();
        page.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in to your account</title>")
            .Append("<style>body{font-family:sans-serif;max-width:28rem;margin:3rem auto}button{display:block;width:100%;margin:.5rem 0;padding:.6rem;text-align:left}</style>")
            .Append("</head><body><h1>Pick an account</h1>")
            .Append("<p>to continue to ").Append(html.Encode(appName)).Append(" (Entra ID emulator, directory ").Append(html.Encode(tenant)).Append(")</p>")
            .Append("<form method=\"post\" action=\"/").Append(html.Encode(Uri.EscapeDataString(tenant))).Append("/oauth2/v2.0/authorize\">");
        foreach (var (name, value) in request.AsFields())
            page.Append("<input type=\"hidden\" name=\"").Append(html.Encode(name)).Append("\" value=\"").Append(html.Encode(value!)).Append("\">");
        if (users.Count == 0) page.Append("<p role=\"alert\">This directory has no users.</p>");
        foreach (var user in users)
            page.Append("<button type=\"submit\" name=\"user\" value=\"").Append(html.Encode(user.Id)).Append("\">")
                .Append(html.Encode(user.DisplayName)).Append(" (").Append(html.Encode(user.Mail)).Append(")</button>");
        return page.Append("</form></body></html>").ToString();
    }

    public static string RenderError(string message) =>
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign-in error</title></head><body><h1>Sorry, but we're having trouble signing you in.</h1><p role=\"alert\">"
        + HtmlEncoder.Default.Encode(message) + "</p></body></html>";
}
