using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Identity;

/// <summary>
/// The parameters of an authorize request, as MSAL.js sends them (auth code flow with PKCE), read
/// from the query (GET) or from the sign-in page's form (POST), which carries them along.
/// </summary>
internal sealed record AuthorizeRequest(string ClientId, string RedirectUri, string ResponseType, string ResponseMode, string Scope,
    string? State, string? Nonce, string? CodeChallenge, string? CodeChallengeMethod, string? LoginHint, string? Prompt)
{
    /// <summary>The scopes OpenID Connect itself defines; everything else names a resource.</summary>
    public static readonly IReadOnlySet<string> OidcScopes = new HashSet<string>(["openid", "profile", "email", "offline_access"], StringComparer.Ordinal);

    /// <summary>The names form fields carry the request under, so the POST sees what the GET saw.</summary>
    public static readonly string[] Fields =
        ["client_id", "redirect_uri", "response_type", "response_mode", "scope", "state", "nonce", "code_challenge", "code_challenge_method", "login_hint", "prompt"];

    public static AuthorizeRequest Read(Func<string, string?> value) => new(
        value("client_id") ?? "", value("redirect_uri") ?? "", value("response_type") ?? "",
        // A code comes back in the query unless the client asks otherwise (OAuth's default); MSAL.js asks for the fragment.
        value("response_mode") is { Length: > 0 } mode ? mode : "query",
        value("scope") ?? "", value("state"), value("nonce"), value("code_challenge"), value("code_challenge_method"), value("login_hint"), value("prompt"));

    public IEnumerable<KeyValuePair<string, string?>> AsFields() =>
        new[] { ClientId, RedirectUri, ResponseType, ResponseMode, Scope, State, Nonce, CodeChallenge, CodeChallengeMethod, LoginHint, Prompt }
            .Select((value, i) => new KeyValuePair<string, string?>(Fields[i], value)).Where(p => p.Value is not null);

    public IReadOnlyList<string> Scopes => Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// An error the client must not be sent to, because the redirect URI itself is not to be trusted
    /// (an unknown app, or a URI not registered for it): the user sees it on the page instead.
    /// </summary>
    public string? PageError(EntraIssuer issuer, string tenant)
    {
        if (DirectoryOf(tenant, null) is null) return $"AADSTS90002: Tenant '{tenant}' not found. Use the directory id, \"organizations\" or \"common\".";
        var app = issuer.FindApp(ClientId);
        if (app is null) return $"AADSTS700016: Application with identifier '{ClientId}' was not found in the directory.";
        if (!app.SpaRedirectUris.Contains(RedirectUri, StringComparer.Ordinal))
            return $"AADSTS50011: The redirect URI '{RedirectUri}' specified in the request does not match the redirect URIs configured for the application '{ClientId}' (single-page application platform).";
        if (ResponseMode is not ("query" or "fragment")) return $"AADSTS900144: response_mode '{ResponseMode}' is not supported here; use query or fragment.";
        return null;
    }

    /// <summary>An error sent back to the (trusted) redirect URI, as error and error_description.</summary>
    public (string Error, string Description)? RedirectError(EntraIssuer issuer)
    {
        if (ResponseType != "code") return ("unsupported_response_type", $"AADSTS700054: response_type '{ResponseType}' is not enabled for the application. Single-page apps use code with PKCE.");
        if (string.IsNullOrEmpty(CodeChallenge)) return ("invalid_request", "AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption.");
        if (CodeChallengeMethod != "S256") return ("invalid_request", $"AADSTS501491: code_challenge_method '{CodeChallengeMethod}' is not supported; use S256.");
        if (ResourceScope(issuer.FindApp(ClientId)!) is null)
            return ("invalid_scope", $"AADSTS70011: The provided value for scope '{Scope}' is not valid. Ask for one of the app's own scopes, api://{ClientId}/<scope>.");
        if (Prompt == "none") return ("login_required", "AADSTS50058: A silent sign-in request was sent but no user is signed in.");
        return null;
    }

    /// <summary>The one scope of the app's own API the request asks for (api://{client id}/name or the Application ID URI's); null if none.</summary>
    public string? ResourceScope(EmulatedApp app)
    {
        var resources = app.ApiAudiences.Append($"api://{app.ClientId}").ToList();
        return Scopes.Where(s => !OidcScopes.Contains(s))
            .SingleOrDefault(s => resources.Any(r => s.StartsWith(r + "/", StringComparison.OrdinalIgnoreCase) && s.Length > r.Length + 1));
    }

    /// <summary>The directory a sign-in lands in: the tenant in the URL, or the emulator's own for organizations/common.</summary>
    public static string? DirectoryOf(string tenant, EmulatorStore? store) => tenant switch
    {
        "organizations" or "common" => store?.TenantId ?? tenant,
        _ when Guid.TryParse(tenant, out _) => tenant,
        _ => null,
    };

    /// <summary>The redirect URI with the response added where the client asked for it.</summary>
    public string Respond(IEnumerable<KeyValuePair<string, string?>> response)
    {
        var encoded = string.Join('&', response.Where(p => p.Value is not null).Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value!)}"));
        if (ResponseMode == "fragment") return $"{RedirectUri}#{encoded}";
        return RedirectUri + (RedirectUri.Contains('?') ? "&" : "?") + encoded;
    }
}
