using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace OutlookRelations.Server.Tests.Hosting;

/// <summary>Issue 22: behind a load balancer, requests keep the client's scheme, host and address, from configured proxies only.</summary>
public sealed class ForwardedHeadersTests
{
    private const string Seen = "X-Test-Seen";

    [Theory]
    [InlineData("10.0.0.5", "https://relations.contoso.com 203.0.113.9")] // in ForwardedHeaders:KnownNetworks
    [InlineData("192.0.2.7", "https://relations.contoso.com 203.0.113.9")] // in ForwardedHeaders:KnownProxies
    [InlineData("198.51.100.3", "http://localhost 198.51.100.3")]          // anyone else's headers are ignored
    public async Task Forwarded_headers_are_believed_from_known_proxies_only(string sender, string expected)
    {
        await using var app = new RelationsApp(null, services: s => s.AddSingleton<IStartupFilter>(new ArriveFrom(IPAddress.Parse(sender))),
            settings: new Dictionary<string, string?> { ["ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/24", ["ForwardedHeaders:KnownProxies:0"] = "192.0.2.7" });

        Assert.Equal(expected, await SeenAsync(app));
    }

    [Fact]
    public async Task Without_configured_proxies_no_forwarded_header_is_believed()
    {
        await using var app = new RelationsApp(null, services: s => s.AddSingleton<IStartupFilter>(new ArriveFrom(IPAddress.Parse("10.0.0.5"))));

        Assert.Equal("http://localhost 10.0.0.5", await SeenAsync(app));
    }

    private static async Task<string> SeenAsync(RelationsApp app)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/client-config");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "relations.contoso.com");
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues(Seen).Single();
    }

    // TestServer has no remote address: give the request one, and report what the app made of it.
    private sealed class ArriveFrom(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, inner) =>
            {
                context.Connection.RemoteIpAddress = address;
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[Seen] = $"{context.Request.Scheme}://{context.Request.Host} {context.Connection.RemoteIpAddress}";
                    return Task.CompletedTask;
                });
                return inner(context);
            });
            next(app);
        };
    }
}
