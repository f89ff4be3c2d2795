using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace OutlookRelations.Server.Hosting;

/// <summary>
/// Behind a load balancer that ends TLS, the server sees http, the balancer's address and maybe an
/// internal host name. Trusting the forwarded headers of the configured proxies (only theirs) gives
/// requests their real scheme, host and client address: https URLs, the right rate-limit partitions
/// and log lines.
/// </summary>
public static class ProxySetup
{
    public static IServiceCollection AddProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProxyOptions>().Bind(configuration.GetSection(ProxyOptions.SectionName))
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "ForwardedHeaders:KnownProxies holds something that is not an IP address.")
            .Validate(o => o.KnownNetworks.All(n => IPNetwork.TryParse(n, out _)), "ForwardedHeaders:KnownNetworks holds something that is not a network in CIDR notation (10.0.0.0/24).")
            .Validate(o => o.ForwardLimit >= 1, "ForwardedHeaders:ForwardLimit must be 1 or more.")
            .ValidateOnStart();
        var proxies = configuration.GetSection(ProxyOptions.SectionName).Get<ProxyOptions>() ?? new ProxyOptions();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.ForwardLimit = proxies.ForwardLimit;
            // Only what is configured: the loopback defaults would trust anything on the same machine.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.KnownProxies) if (IPAddress.TryParse(proxy, out var address)) options.KnownProxies.Add(address);
            foreach (var network in proxies.KnownNetworks) if (IPNetwork.TryParse(network, out var parsed)) options.KnownIPNetworks.Add(parsed);
        });
        return services;
    }

    /// <summary>
    /// First in the pipeline, so everything after it sees the client's scheme, host and address. Not at
    /// all without a configured proxy: with both lists empty the middleware believes every sender.
    /// </summary>
    public static IApplicationBuilder UseProxySupport(this IApplicationBuilder app)
    {
        var proxies = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ProxyOptions>>().Value;
        return proxies.KnownProxies.Count + proxies.KnownNetworks.Count == 0 ? app : app.UseForwardedHeaders();
    }
}
