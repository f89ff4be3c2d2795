namespace OutlookRelations.Server.Identity;

/// <summary>
/// The Entra ID app registration whose v2.0 access tokens the API accepts (section "Entra").
/// TenantId is a directory GUID for a single-tenant app, or "organizations" for a multi-tenant one;
/// either way a token is accepted only from a directory an admin has onboarded.
/// </summary>
public sealed class EntraOptions
{
    public const string SectionName = "Entra";
    public const string AccessScope = "access_as_user";

    /// <summary>The login host; tests and the demo point it at the emulator.</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";
    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    /// <summary>The Application ID URI (api://{host}/{client id}); tokens may carry it as audience.</summary>
    public string? ApplicationIdUri { get; set; }

    public Uri InstanceUri => new(Instance.EndsWith('/') ? Instance : Instance + "/");
    public string MetadataAddress => new Uri(InstanceUri, $"{TenantId ?? "organizations"}/v2.0/.well-known/openid-configuration").ToString();
    public bool IsSingleTenant => Guid.TryParse(TenantId, out _);

    /// <summary>Entra's v2.0 issuer for a directory: {instance}{tid}/v2.0.</summary>
    public string IssuerFor(string tenantId) => new Uri(InstanceUri, $"{tenantId}/v2.0").ToString();

    /// <summary>
    /// What a start must refuse: values that would build a wrong metadata address or accept the
    /// wrong audience. Whether they are required at all is for StartupChecks (demo mode needs none).
    /// </summary>
    public static IEnumerable<string> Problems(EntraOptions o)
    {
        if (!Uri.TryCreate(o.Instance, UriKind.Absolute, out var instance) || instance.Scheme is not ("https" or "http"))
            yield return $"Entra:Instance '{o.Instance}' must be an absolute URL, normally https://login.microsoftonline.com/.";
        if (o.TenantId is { Length: > 0 } tenant && !Guid.TryParse(tenant, out _) && tenant != "organizations")
            yield return $"Entra:TenantId '{tenant}' must be the directory's id (a GUID) or \"organizations\" for a multi-tenant app.";
        if (o.ClientId is { Length: > 0 } client && !Guid.TryParse(client, out _))
            yield return $"Entra:ClientId '{client}' must be the app registration's application (client) id, a GUID.";
        if (o.ApplicationIdUri is { Length: > 0 } uri && !Uri.TryCreate(uri, UriKind.Absolute, out _))
            yield return $"Entra:ApplicationIdUri '{uri}' must be an absolute URI such as api://relations.contoso.com/{{client id}}.";
    }
}
