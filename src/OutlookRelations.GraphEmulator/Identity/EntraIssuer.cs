using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookRelations.GraphEmulator.Identity;

/// <summary>
/// A stand-in for Entra ID's v2.0 token issuer: one RSA signing key, published as a JWKS, and
/// RS256 access tokens shaped like Entra's (iss https://{login}/{tid}/v2.0, aud, tid, oid, roles).
/// The server validates them through its normal JwtBearer pipeline; only the metadata URL differs.
/// </summary>
public sealed class EntraIssuer : IDisposable
{
    private readonly RSA _key = RSA.Create(2048);

    public EntraIssuer(Uri loginBase) => LoginBase = loginBase;

    /// <summary>Plays the part of https://login.microsoftonline.com/.</summary>
    public Uri LoginBase { get; }
    public string KeyId { get; } = "emulator-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();

    public string Issuer(string tenantId) => new Uri(LoginBase, $"{tenantId}/v2.0").ToString();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, EmulatedApp> _apps = new(StringComparer.OrdinalIgnoreCase);
    private readonly System.Collections.Concurrent.ConcurrentQueue<TokenGrant> _grants = new();

    /// <summary>
    /// When set, Graph requests must carry an access token this issuer made for Graph (see
    /// <see cref="GraphAudience"/>), as real Graph would; otherwise any bearer token will do (the demo).
    /// </summary>
    public bool RequireGraphTokens { get; set; }

    /// <summary>The resource Graph tokens are for: this host, as https://graph.microsoft.com is for Graph.</summary>
    public string GraphAudience => LoginBase.GetLeftPart(UriPartial.Authority);

    public void RegisterApp(EmulatedApp app) => _apps[app.ClientId] = app;

    public EmulatedApp? FindApp(string clientId) => _apps.GetValueOrDefault(clientId);

    public IReadOnlyList<TokenGrant> Grants => [.. _grants];

    /// <summary>Codes the authorize endpoint handed out and refresh tokens, until redeemed.</summary>
    internal AuthorizationCodes Codes { get; } = new();

    /// <summary>
    /// Whether a page at <paramref name="origin"/> may call the token endpoint from script: Entra
    /// answers cross-origin only for a single-page-app redirect URI's origin.
    /// </summary>
    internal bool IsSpaOrigin(string origin) => _apps.Values.Any(app => app.SpaRedirectUris.Any(uri =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && string.Equals(parsed.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase)));

    internal void Record(TokenGrant grant) => _grants.Enqueue(grant);

    /// <summary>Reads a token this issuer signed, if its signature holds and it has not expired.</summary>
    public bool TryRead(string token, DateTimeOffset now, out JsonElement payload) => TokenSignatures.TryRead(token, _key, now, out payload);

    /// <summary>A signed access token; every field can be set wrong on purpose by a test.</summary>
    public string IssueToken(TokenRequest request, DateTimeOffset now)
    {
        var payload = new JsonObject
        {
            ["iss"] = request.Issuer ?? Issuer(request.TenantId),
            ["aud"] = request.Audience,
            ["tid"] = request.TenantId,
            ["oid"] = request.ObjectId,
            ["preferred_username"] = request.Username,
            ["name"] = request.Name ?? request.Username,
            ["ver"] = "2.0",
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + request.Lifetime).ToUnixTimeSeconds(),
        };
        if (request.Scope.Length > 0) payload["scp"] = request.Scope;
        if (request.ClientId is not null) payload["azp"] = request.ClientId;
        if (request.Roles.Count > 0) payload["roles"] = new JsonArray([.. request.Roles.Select(r => (JsonNode)r)]);
        return Sign(payload);
    }

    /// <summary>
    /// An OpenID Connect ID token for the app itself (aud is its client id), carrying the nonce of
    /// the sign-in it answers: MSAL refuses a response whose nonce is not the one it sent.
    /// </summary>
    public string IssueIdToken(string tenantId, string objectId, string username, string name, string clientId, string? nonce, DateTimeOffset now)
    {
        var payload = new JsonObject
        {
            ["iss"] = Issuer(tenantId),
            ["aud"] = clientId,
            ["tid"] = tenantId,
            ["oid"] = objectId,
            ["sub"] = objectId,
            ["preferred_username"] = username,
            ["name"] = name,
            ["ver"] = "2.0",
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + TimeSpan.FromHours(1)).ToUnixTimeSeconds(),
        };
        if (nonce is not null) payload["nonce"] = nonce;
        return Sign(payload);
    }

    private string Sign(JsonObject payload)
    {
        var header = new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = KeyId };
        var signingInput = $"{Base64Url(header.ToJsonString())}.{Base64Url(payload.ToJsonString())}";
        var signature = _key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signingInput}.{Base64Url(signature)}";
    }

    /// <summary>The JSON Web Key Set a validator downloads to check signatures.</summary>
    public JsonObject KeySet()
    {
        var parameters = _key.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = KeyId,
                ["n"] = Base64Url(parameters.Modulus!),
                ["e"] = Base64Url(parameters.Exponent!),
            }),
        };
    }

    /// <summary>OpenID Connect discovery for a tenant ("organizations" gives Entra's {tenantid} template).</summary>
    public JsonObject Discovery(string tenant) => new()
    {
        ["issuer"] = tenant is "organizations" or "common" ? Issuer("{tenantid}") : Issuer(tenant),
        ["jwks_uri"] = new Uri(LoginBase, $"{tenant}/discovery/v2.0/keys").ToString(),
        ["authorization_endpoint"] = new Uri(LoginBase, $"{tenant}/oauth2/v2.0/authorize").ToString(),
        ["token_endpoint"] = new Uri(LoginBase, $"{tenant}/oauth2/v2.0/token").ToString(),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["response_types_supported"] = new JsonArray("code", "id_token", "token id_token"),
        ["subject_types_supported"] = new JsonArray("pairwise"),
    };

    public static string Base64Url(string text) => Base64Url(Encoding.UTF8.GetBytes(text));

    public static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public void Dispose() => _key.Dispose();
}

/// <summary>What goes into an emulated Entra access token.</summary>
public sealed record TokenRequest(string TenantId, string ObjectId, string Username, string Audience)
{
    public string? Name { get; init; }
    public string? Issuer { get; init; }
    /// <summary>The app the token was issued to (azp): Graph applies that app's access policies.</summary>
    public string? ClientId { get; init; }
    public string Scope { get; init; } = "access_as_user";
    public IReadOnlyList<string> Roles { get; init; } = [];
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}
