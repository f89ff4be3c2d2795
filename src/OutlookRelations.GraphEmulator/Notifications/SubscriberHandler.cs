using System.Net;

namespace OutlookRelations.GraphEmulator.Notifications;

/// <summary>
/// How the emulator reaches subscribers. Graph requires HTTPS with a publicly trusted certificate;
/// the emulator is a test tool on one machine, so it also accepts a loopback subscriber's
/// self-signed certificate, and nothing beyond loopback at all.
/// </summary>
internal static class SubscriberHandler
{
    public static HttpMessageHandler Create() => new SocketsHttpHandler
    {
        UseProxy = false,
        SslOptions = { RemoteCertificateValidationCallback = (sender, _, _, errors) =>
            errors == System.Net.Security.SslPolicyErrors.None || sender is System.Net.Security.SslStream { TargetHostName: var host } && IsLoopback(host) },
    };

    public static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
}
