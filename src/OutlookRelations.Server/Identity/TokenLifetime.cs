namespace OutlookRelations.Server.Identity;

/// <summary>
/// Whether a token's nbf/exp window holds at a given moment, allowing the validation's clock skew
/// either side: what IdentityModel's own lifetime check does, but at a moment the caller supplies.
/// </summary>
public static class TokenLifetime
{
    public static bool IsCurrent(DateTime? notBefore, DateTime? expires, TimeSpan skew, DateTimeOffset now)
    {
        // RequireExpirationTime: a token that never expires is never current.
        if (expires is not { } until) return false;
        var at = now.UtcDateTime;
        if (notBefore is { } from && from.ToUniversalTime() > at + skew) return false;
        return until.ToUniversalTime() >= at - skew;
    }
}
