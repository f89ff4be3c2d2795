namespace OutlookRelations.Server.Identity;

/// <summary>
/// Identity:Provider, read strictly (Conventions/StrictEnum): how API callers are identified. Anything
/// but these two names refuses to start, so a typo can never fall through to demo sign-in.
/// </summary>
public enum IdentityProvider
{
    /// <summary>Demo users by X-Demo-User: only in Development with demo mode on.</summary>
    Demo,
    /// <summary>Entra ID bearer tokens: the only provider production accepts.</summary>
    Entra,
}

/// <summary>The provider this server signs callers in with, as decided once at start.</summary>
public sealed record SignInMode(IdentityProvider Provider);
