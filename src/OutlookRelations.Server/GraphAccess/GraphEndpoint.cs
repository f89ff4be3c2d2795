using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;
using OutlookRelations.Server.Identity;

namespace OutlookRelations.Server.GraphAccess;

/// <summary>
/// Builds the GraphServiceClients the server uses, all on one HTTP pipeline from
/// <see cref="GraphClientFactory"/>, so the SDK's retry, redirect and compression handlers run exactly
/// as they would against graph.microsoft.com. With a Graph credential configured, clients
/// authenticate through Azure.Identity (<see cref="GraphCredentials"/>); without one (the demo) they
/// send a placeholder token the emulator accepts.
/// </summary>
public sealed class GraphEndpoint(IOptions<GraphOptions> options, EntraOptions entra, GraphCredentials credentials, GraphTransport transport, System.Diagnostics.Metrics.IMeterFactory meters, TimeProvider time)
    : IDisposable
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<Guid, GraphServiceClient> _appOnly = new();
    private string? _baseUrl = options.Value.BaseUrl;
    private HttpClient? _http;
    private GraphServiceClient? _demo;
    // Demo mode's other directories (a second demo tenant), each served by an emulator of its own.
    private readonly ConcurrentDictionary<Guid, GraphServiceClient> _demoDirectories = new();

    /// <summary>Our tenant id → its Entra ID directory, filled by <see cref="TenantGraph"/>.</summary>
    internal ConcurrentDictionary<Guid, Guid> KnownDirectories { get; } = new();

    public string? BaseUrl
    {
        get { lock (_gate) return _baseUrl; }
    }

    /// <summary>Demo mode points Graph at the emulator it just started.</summary>
    public void UseBaseUrl(string baseUrl)
    {
        lock (_gate)
        {
            _baseUrl = baseUrl;
            _demo = null;
            _appOnly.Clear();
        }
    }

    /// <summary>
    /// Demo mode's second tenant: Graph for <paramref name="directory"/> is the emulator at
    /// <paramref name="baseUrl"/>, as each real directory sees only its own users and mail.
    /// </summary>
    public void UseBaseUrl(Guid directory, string baseUrl) =>
        _demoDirectories[directory] = new GraphServiceClient(Http(), new BaseBearerTokenAuthenticationProvider(new DemoAccessTokenProvider(new Uri(baseUrl).Host)), baseUrl);

    /// <summary>
    /// The app-only client for a directory; null means the directory in Entra:TenantId (single-tenant
    /// registrations). Multi-tenant registrations must name the directory of the tenant they act for.
    /// </summary>
    public GraphServiceClient AppOnly(Guid? directory)
    {
        if (!credentials.Configured) return Demo(directory);
        var id = directory ?? (entra.IsSingleTenant ? Guid.Parse(entra.TenantId!)
            : throw new InvalidOperationException("This tenant has no Entra ID directory on record, and Entra:TenantId names none: onboard it with `OutlookRelations.Server onboard --directory <directory id>`."));
        return _appOnly.GetOrAdd(id, d => Authenticated(credentials.AppOnly(d)));
    }

    /// <summary>A client acting as the signed-in user (on-behalf-of), for calls made while they wait.</summary>
    public GraphServiceClient OnBehalfOf(Guid directory, string userAccessToken) =>
        credentials.Configured ? Authenticated(credentials.OnBehalfOf(directory, userAccessToken)) : Demo(directory);

    private GraphServiceClient Authenticated(Azure.Core.TokenCredential credential)
    {
        var baseUrl = RequireBaseUrl();
        // Allowed hosts: the SDK sends a token only to Graph's own host, never to a link pointing elsewhere.
        var auth = new AzureIdentityAuthenticationProvider(credential, [new Uri(baseUrl).Host], null, true, GraphCredentials.ScopeFor(baseUrl));
        return new GraphServiceClient(Http(), auth, baseUrl);
    }

    private GraphServiceClient Demo(Guid? directory)
    {
        if (directory is { } d && _demoDirectories.TryGetValue(d, out var other)) return other;
        lock (_gate)
        {
            if (_demo is not null) return _demo;
            var baseUrl = RequireBaseUrl();
            var auth = new BaseBearerTokenAuthenticationProvider(new DemoAccessTokenProvider(new Uri(baseUrl).Host));
            return _demo = new GraphServiceClient(Http(), auth, baseUrl);
        }
    }

    private HttpClient Http()
    {
        lock (_gate) return _http ??= GraphClientFactory.Create(finalHandler: new GraphThrottling(meters, time, transport.CreateHandler()));
    }

    private string RequireBaseUrl() =>
        BaseUrl ?? throw new InvalidOperationException("Graph:BaseUrl is not configured and no emulator is running.");

    public void Dispose() => _http?.Dispose();

    private sealed class DemoAccessTokenProvider(string host) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new([host]);

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(AllowedHostsValidator.IsUrlHostValid(uri) ? "demo-access-token" : "");
    }
}
