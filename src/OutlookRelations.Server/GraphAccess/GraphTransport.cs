using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace OutlookRelations.Server.GraphAccess;

/// <summary>
/// The one HTTP handler for Graph and for Entra ID's token endpoint. Normally it trusts exactly what
/// the operating system trusts. Graph:TrustedCertificatePath adds one certificate, matched exactly (not
/// a CA): that is how tests and air-gapped labs reach the HTTPS Graph emulator, whose certificate is
/// self-signed. It never turns certificate checks off.
/// </summary>
public sealed class GraphTransport(IOptions<GraphOptions> options) : IDisposable
{
    private readonly Lazy<X509Certificate2?> _trusted = new(() =>
        options.Value.TrustedCertificatePath is { Length: > 0 } path ? X509CertificateLoader.LoadCertificateFromFile(path) : null);

    public HttpMessageHandler CreateHandler() => new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        SslOptions = { RemoteCertificateValidationCallback = Validate },
    };

    private bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None) return true;
        // Only the chain may be "wrong" (self-signed); a name mismatch is never forgiven.
        return errors == SslPolicyErrors.RemoteCertificateChainErrors && certificate is not null && _trusted.Value is { } trusted
            && trusted.RawDataMemory.Span.SequenceEqual(certificate.GetRawCertData());
    }

    public void Dispose()
    {
        if (_trusted.IsValueCreated) _trusted.Value?.Dispose();
    }
}
