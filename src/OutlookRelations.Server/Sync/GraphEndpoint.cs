using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// Builds the one GraphServiceClient the sync uses. The HTTP pipeline comes from
/// <see cref="GraphClientFactory"/>, so the SDK's retry, redirect and compression handlers run
/// exactly as they would against graph.microsoft.com.
/// </summary>
public sealed class GraphEndpoint(IOptions<GraphOptions> options) : IDisposable
{
    private readonly Lock _gate = new();
    private string? _baseUrl = options.Value.BaseUrl;
    private GraphServiceClient? _client;
    private HttpClient? _http;

    public string? BaseUrl
    {
        get { lock (_gate) return _baseUrl; }
    }

    /// <summary>Demo mode points the sync at the emulator it just started.</summary>
    public void UseBaseUrl(string baseUrl)
    {
        lock (_gate)
        {
            _baseUrl = baseUrl;
            _client = null;
        }
    }

    public GraphServiceClient Client
    {
        get
        {
            lock (_gate)
            {
                if (_client is not null) return _client;
                var baseUrl = _baseUrl ?? throw new InvalidOperationException("Graph:BaseUrl is not configured and no emulator is running.");
                _http?.Dispose();
                _http = GraphClientFactory.Create();
                // Production (issue 6) swaps this for Azure.Identity credentials; the demo emulator
                // only checks that a bearer token arrives. Without allowed hosts the SDK would
                // silently send no Authorization header to a host that is not Graph.
                var host = new Uri(baseUrl).Host;
                var auth = new BaseBearerTokenAuthenticationProvider(new DemoAccessTokenProvider(host));
                return _client = new GraphServiceClient(_http, auth, baseUrl);
            }
        }
    }

    public void Dispose() => _http?.Dispose();

    private sealed class DemoAccessTokenProvider(string host) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new([host]);

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(AllowedHostsValidator.IsUrlHostValid(uri) ? "demo-access-token" : "");
    }
}
