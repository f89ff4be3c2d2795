namespace OutlookRelations.Cli.Manifest;

/// <summary>
/// The one set of inputs both manifests are generated from: where the server runs and which Entra ID
/// app registration it is. Everything else in a manifest is derived, so the two never disagree.
/// </summary>
internal sealed record AddinInputs(Uri Host, Guid AppId, string Version)
{
    public const string DefaultVersion = "1.0.0";

    /// <summary>The host with no trailing slash, e.g. https://relations.contoso.com.</summary>
    public string Origin => Host.GetLeftPart(UriPartial.Authority);

    /// <summary>An absolute URL on the add-in's host for a path such as "/taskpane.html".</summary>
    public string Url(string path) => Origin + path;

    /// <summary>The Application ID URI Office SSO / nested app authentication asks tokens for.</summary>
    public string ApiResource => $"api://{Host.Authority}/{AppId:D}";

    /// <summary>Checks what a person typed; returns a sentence saying what is wrong, or null.</summary>
    public static string? Problem(string? host, string? appId, string? version)
    {
        if (string.IsNullOrWhiteSpace(host)) return "--host is required (e.g. --host https://relations.contoso.com).";
        if (!Uri.TryCreate(host, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            return $"--host '{host}' must be an absolute https:// URL: Outlook loads add-ins only over https.";
        if (uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            return $"--host '{host}' must be the server's origin only (no path, query or fragment).";
        if (string.IsNullOrWhiteSpace(appId)) return "--app-id is required: the Application (client) ID of the Entra ID app registration.";
        if (!Guid.TryParse(appId, out var id) || id == Guid.Empty)
            return $"--app-id '{appId}' is not a GUID such as 3f1c9a52-7d4e-4b8a-9c1d-2e5f6a7b8c9d.";
        if (version is not null && !IsVersion(version))
            return $"--version '{version}' must be three numbers such as 1.2.0.";
        return null;
    }

    public static AddinInputs Parse(string host, string appId, string? version) =>
        new(new Uri(host), Guid.Parse(appId), version ?? DefaultVersion);

    /// <summary>major.minor.patch: the unified manifest's rule, which the XML manifest also accepts.</summary>
    public static bool IsVersion(string text)
    {
        var parts = text.Split('.');
        return parts.Length == 3 && parts.All(p => p.Length is > 0 and <= 5 && p.All(char.IsAsciiDigit));
    }
}
