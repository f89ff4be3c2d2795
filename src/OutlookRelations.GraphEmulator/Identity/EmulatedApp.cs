using System.Security.Cryptography.X509Certificates;

namespace OutlookRelations.GraphEmulator.Identity;

/// <summary>
/// An app registration as the emulated Entra ID knows it: how it proves itself (a secret or a
/// certificate), which Graph application permissions an admin consented to, and which audiences its
/// own API's tokens carry (on-behalf-of exchanges only those).
/// </summary>
public sealed record EmulatedApp(string ClientId)
{
    public string? Secret { get; init; }
    public X509Certificate2? Certificate { get; init; }
    public IReadOnlyList<string> GraphRoles { get; init; } = ["User.Read.All", "Mail.Read", "Calendars.Read"];
    public IReadOnlyList<string> ApiAudiences => [ClientId, .. ApplicationIdUri is null ? Array.Empty<string>() : [ApplicationIdUri]];
    public string? ApplicationIdUri { get; init; }
    /// <summary>
    /// Redirect URIs of the registration's single-page-application platform: the only places the
    /// authorize endpoint sends a code to, and the origins whose pages may redeem it (CORS).
    /// </summary>
    public IReadOnlyList<string> SpaRedirectUris { get; init; } = [];
    /// <summary>App roles assigned to users (by object id), as an admin assigns them under Enterprise applications.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> UserRoles { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>
    /// Mail.Send scoped by Exchange (an RBAC for Applications management scope, or an older
    /// application access policy): the mailboxes the app may send as. Null: every mailbox.
    /// </summary>
    public IReadOnlyList<string>? SendAsOnly { get; init; }
    /// <summary>The app's service principal: the oid of its app-only tokens.</summary>
    public string ServicePrincipalId { get; } = Guid.NewGuid().ToString();
}

/// <summary>One token the emulated Entra ID handed out, for tests to see which flow a client used.</summary>
public sealed record TokenGrant(string GrantType, string ClientId, string TenantId, string? UserObjectId, string Scope, string ClientProof);
