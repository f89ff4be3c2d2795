using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.Options;
using OutlookRelations.Server.Identity;

namespace OutlookRelations.Server.GraphAccess;

/// <summary>
/// Azure.Identity credentials for Graph, from the app registration (Entra:ClientId) and its secret or
/// certificate (Graph:ClientSecret / Graph:CertificatePath): app-only for background work, one per
/// directory and kept (MSAL caches its tokens inside), and on-behalf-of a signed-in user for
/// interactive calls, made per request from the user's own access token.
/// </summary>
public sealed class GraphCredentials(EntraOptions entra, IOptions<GraphOptions> graph, GraphTransport transport) : IDisposable
{
    private static readonly HashSet<string> MicrosoftLoginHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        AzureAuthorityHosts.AzurePublicCloud.Host, AzureAuthorityHosts.AzureGovernment.Host, AzureAuthorityHosts.AzureChina.Host,
    };

    private readonly ConcurrentDictionary<Guid, TokenCredential> _appOnly = new();
    private readonly Lazy<X509Certificate2?> _certificate = new(() => LoadCertificate(graph.Value));
    private readonly Lazy<HttpClientTransport> _pipeline = new(() => new HttpClientTransport(transport.CreateHandler()));

    /// <summary>False in the demo: Graph is the emulator, which takes any bearer token.</summary>
    public bool Configured => graph.Value.HasCredential;

    public TokenCredential AppOnly(Guid directory) => _appOnly.GetOrAdd(directory, d =>
        _certificate.Value is { } certificate
            ? new ClientCertificateCredential(d.ToString(), ClientId, certificate, Options(new ClientCertificateCredentialOptions()))
            : new ClientSecretCredential(d.ToString(), ClientId, graph.Value.ClientSecret, Options(new ClientSecretCredentialOptions())));

    /// <param name="userAccessToken">The bearer token the user called our API with (its audience is our app).</param>
    public TokenCredential OnBehalfOf(Guid directory, string userAccessToken) =>
        _certificate.Value is { } certificate
            ? new OnBehalfOfCredential(directory.ToString(), ClientId, certificate, userAccessToken, Options(new OnBehalfOfCredentialOptions()))
            : new OnBehalfOfCredential(directory.ToString(), ClientId, graph.Value.ClientSecret, userAccessToken, Options(new OnBehalfOfCredentialOptions()));

    /// <summary>The scope for Graph's application or delegated permissions as consented: {graph host}/.default.</summary>
    public static string ScopeFor(string graphBaseUrl) => new Uri(graphBaseUrl).GetLeftPart(UriPartial.Authority) + "/.default";

    private string ClientId => entra.ClientId ?? throw new InvalidOperationException("Entra:ClientId is not set: Graph credentials belong to the app registration.");

    private T Options<T>(T options) where T : TokenCredentialOptions
    {
        options.AuthorityHost = entra.InstanceUri;
        options.Transport = _pipeline.Value;
        // Instance discovery asks login.microsoftonline.com about the authority; a login host of our
        // own (the emulator) is not known there, and this machine may not reach it.
        if (!MicrosoftLoginHosts.Contains(entra.InstanceUri.Host))
        {
            switch (options)
            {
                case ClientSecretCredentialOptions o: o.DisableInstanceDiscovery = true; break;
                case ClientCertificateCredentialOptions o: o.DisableInstanceDiscovery = true; break;
                case OnBehalfOfCredentialOptions o: o.DisableInstanceDiscovery = true; break;
            }
        }
        return options;
    }

    private static X509Certificate2? LoadCertificate(GraphOptions options)
    {
        if (options.CertificatePath is not { Length: > 0 } path) return null;
        if (!File.Exists(path)) throw new FileNotFoundException($"Graph:CertificatePath '{path}' does not exist.", path);
        return path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".crt", StringComparison.OrdinalIgnoreCase)
            ? X509Certificate2.CreateFromPemFile(path)
            : X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword);
    }

    public void Dispose()
    {
        if (_certificate.IsValueCreated) _certificate.Value?.Dispose();
        if (_pipeline.IsValueCreated) _pipeline.Value.Dispose();
    }
}
