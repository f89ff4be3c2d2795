namespace OutlookRelations.Server.Hosting;

/// <summary>
/// The load balancers and reverse proxies whose X-Forwarded-For/-Proto/-Host headers are believed.
/// Empty (the default), forwarded headers are ignored: anyone could send them.
/// </summary>
public sealed class ProxyOptions
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. "10.0.0.4".</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. "10.0.0.0/24".</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row may add an entry (1: one balancer in front of the server).</summary>
    public int ForwardLimit { get; set; } = 1;
}
