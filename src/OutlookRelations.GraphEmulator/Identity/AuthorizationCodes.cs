using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace OutlookRelations.GraphEmulator.Identity;

/// <summary>What the authorize endpoint recorded when it handed out a code: all the token endpoint must check.</summary>
internal sealed record PendingCode(string ClientId, string TenantId, string UserId, string RedirectUri, string Scope, string CodeChallenge, string? Nonce, DateTimeOffset Expires);

/// <summary>A refresh token's grant: who, for which app and scope, until when.</summary>
internal sealed record RefreshGrant(string ClientId, string TenantId, string UserId, string Scope, DateTimeOffset Expires);

/// <summary>
/// Authorization codes and refresh tokens of the emulated Entra ID. A code is single-use: the first
/// redemption takes it, whatever its outcome, so a stolen or replayed code never works twice (a
/// redeemed code is remembered, to answer "already redeemed" as Entra does). Refresh tokens rotate.
/// </summary>
internal sealed class AuthorizationCodes
{
    /// <summary>Entra's codes live about ten minutes; ours no longer.</summary>
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);
    /// <summary>Entra gives single-page apps refresh tokens that last 24 hours.</summary>
    public static readonly TimeSpan RefreshLifetime = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<string, PendingCode> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _redeemed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RefreshGrant> _refresh = new(StringComparer.Ordinal);

    public string Issue(PendingCode pending)
    {
        var code = NewSecret();
        _codes[code] = pending;
        return code;
    }

    /// <summary>Takes a code out for good; <paramref name="alreadyRedeemed"/> tells a replay from a made-up code.</summary>
    public PendingCode? Redeem(string code, out bool alreadyRedeemed)
    {
        alreadyRedeemed = false;
        if (_codes.TryRemove(code, out var pending))
        {
            _redeemed[code] = 0;
            return pending;
        }
        alreadyRedeemed = _redeemed.ContainsKey(code);
        return null;
    }

    public string IssueRefresh(RefreshGrant grant)
    {
        var token = NewSecret();
        _refresh[token] = grant;
        return token;
    }

    /// <summary>Takes a refresh token out: each use gets a new one, as Entra rotates them for single-page apps.</summary>
    public RefreshGrant? RedeemRefresh(string token) => _refresh.TryRemove(token, out var grant) ? grant : null;

    /// <summary>PKCE S256: base64url(SHA-256(verifier)) must equal the challenge the authorize request carried.</summary>
    public static bool VerifierMatches(string verifier, string challenge) =>
        verifier.Length is >= 43 and <= 128
        && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(EntraIssuer.Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)))),
            Encoding.ASCII.GetBytes(challenge));

    private static string NewSecret() => EntraIssuer.Base64Url(RandomNumberGenerator.GetBytes(32));
}
