using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace OutlookRelations.GraphEmulator.Identity;

/// <summary>
/// Self-signed certificates made on the spot: the TLS certificate of an HTTPS emulator (MSAL, and so
/// Azure.Identity, refuses an authority that is not https), and app credentials for client-certificate
/// sign-in. Nothing is downloaded or written to a system store.
/// </summary>
public static class EmulatorCertificate
{
    /// <summary>A TLS server certificate for 127.0.0.1, ::1 and localhost, valid for a day.</summary>
    public static X509Certificate2 ForLoopback(TimeProvider? clock = null)
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=OutlookRelations Graph emulator", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        return Exportable(request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1)));
    }

    /// <summary>An app's client certificate, as an admin would upload to the app registration.</summary>
    public static X509Certificate2 ForApp(string name, TimeProvider? clock = null)
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return Exportable(request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1)));
    }

    /// <summary>Writes the public certificate as PEM (what a client is told to trust).</summary>
    public static string WritePublicPem(X509Certificate2 certificate, string path)
    {
        File.WriteAllText(path, certificate.ExportCertificatePem());
        return path;
    }

    /// <summary>Writes certificate and private key as one PEM file (what Azure.Identity's ClientCertificateCredential reads).</summary>
    public static string WritePemWithKey(X509Certificate2 certificate, string path)
    {
        using var key = certificate.GetRSAPrivateKey()!;
        File.WriteAllText(path, certificate.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem());
        return path;
    }

    // Ephemeral keys are not usable by SslStream on every platform; a PKCS#12 round trip makes the key persisted in memory.
    private static X509Certificate2 Exportable(X509Certificate2 certificate)
    {
        using (certificate) return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable);
    }
}
