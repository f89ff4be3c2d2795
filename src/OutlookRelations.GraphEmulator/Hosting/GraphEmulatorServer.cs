using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OutlookRelations.GraphEmulator.Http;
using OutlookRelations.GraphEmulator.Identity;
using OutlookRelations.GraphEmulator.Notifications;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Hosting;

/// <summary>
/// The emulator on its own Kestrel listener. Mounted in-process by the server's demo mode and by
/// tests, so the Graph SDK always talks to it over real HTTP on loopback.
/// </summary>
public sealed class GraphEmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private BatchEndpoint? _batch;

    private GraphEmulatorServer(WebApplication app, EmulatorStore store, FaultInjector faults, Uri root, EntraIssuer entra, NotificationDispatcher notifications)
    {
        _app = app;
        Notifications = notifications;
        Store = store;
        Faults = faults;
        Root = root;
        Entra = entra;
    }

    public EmulatorStore Store { get; }
    public FaultInjector Faults { get; }
    /// <summary>Sends change and lifecycle notifications to subscribers, and records what it sent.</summary>
    public NotificationDispatcher Notifications { get; }
    /// <summary>The listener's root, e.g. http://127.0.0.1:5123/.</summary>
    public Uri Root { get; }
    /// <summary>Entra ID's part: discovery, signing keys and tokens, with this listener as the login host.</summary>
    public EntraIssuer Entra { get; }
    /// <summary>What a GraphServiceClient takes as its base URL.</summary>
    public string GraphBaseUrl => new Uri(Root, "v1.0").ToString();

    /// <summary>The HTTPS listener's self-signed certificate; null when the emulator speaks plain HTTP.</summary>
    public X509Certificate2? TlsCertificate { get; private init; }

    /// <summary>Starts on <paramref name="url"/>; the default picks a free loopback port.</summary>
    public static Task<GraphEmulatorServer> StartAsync(EmulatorStore store, string url = "http://127.0.0.1:0", CancellationToken cancellationToken = default) =>
        StartAsync(store, url, null, cancellationToken);

    /// <summary>
    /// Starts on https://127.0.0.1 with a fresh self-signed certificate: what Azure.Identity needs,
    /// since MSAL refuses a login host that is not https. Clients must be told to trust <see cref="TlsCertificate"/>.
    /// </summary>
    public static Task<GraphEmulatorServer> StartHttpsAsync(EmulatorStore store, CancellationToken cancellationToken = default) =>
        StartAsync(store, "https://127.0.0.1:0", EmulatorCertificate.ForLoopback(), cancellationToken);

    private static async Task<GraphEmulatorServer> StartAsync(EmulatorStore store, string url, X509Certificate2? certificate, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(GraphEmulatorServer).Assembly.GetName().Name });
        builder.WebHost.UseUrls(url);
        if (certificate is not null)
        {
            builder.WebHost.UseKestrelHttpsConfiguration();
            builder.WebHost.ConfigureKestrel(k => k.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate));
        }
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var faults = new FaultInjector();
        var notifications = new NotificationDispatcher(store);
        EntraIssuer? entra = null;
        Uri? listening = null;
        // The login host is this listener, whose port is known only once it has started.
        var batch = new BatchEndpoint(() => listening ?? throw new InvalidOperationException("The emulator has not started."), certificate);
        Configure(app, store, faults, notifications, () => entra ?? throw new InvalidOperationException("The emulator has not started."), batch);
        await app.StartAsync(cancellationToken);
        var address = app.Urls.First();
        var root = new Uri(address.EndsWith('/') ? address : address + "/");
        entra = new EntraIssuer(root);
        listening = root;
        return new GraphEmulatorServer(app, store, faults, root, entra, notifications) { TlsCertificate = certificate, _batch = batch };
    }

    /// <summary>Maps the Graph routes under /v1.0 on any WebApplication.</summary>
    private static void Configure(WebApplication app, EmulatorStore store, FaultInjector faults, NotificationDispatcher notifications, Func<EntraIssuer> entra, BatchEndpoint batch)
    {
        var graph = app.MapGroup("/v1.0");
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/v1.0"),
            branch => branch.Use((context, next) => GraphGate.InvokeAsync(context, next, faults, entra(), store.Clock)));
        UserEndpoints.Map(graph, store);
        MessageEndpoints.Map(graph, store);
        FolderEndpoints.Map(graph, store);
        batch.Map(graph);
        CalendarEndpoints.Map(graph, store);
        SubscriptionEndpoints.Map(graph, store, () => notifications);
        SendMailEndpoint.Map(graph, store, entra);
        EntraEndpoints.Map(app, entra, store);
        app.MapFallback((HttpContext c) => GraphResult.Error(StatusCodes.Status400BadRequest, "BadRequest",
            $"Resource not found for the segment '{c.Request.Path}'. The emulator serves only what OutlookRelations uses."));
    }

    public async ValueTask DisposeAsync()
    {
        await Notifications.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Entra.Dispose();
        _batch?.Dispose();
        TlsCertificate?.Dispose();
    }
}
