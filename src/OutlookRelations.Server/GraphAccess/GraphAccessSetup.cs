using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace OutlookRelations.Server.GraphAccess;

public static class GraphAccessSetup
{
    /// <summary>
    /// Graph clients for every feature that calls Graph (sync, subscriptions, group scope, reports'
    /// audience), and the one trusted transport they share with Entra ID.
    /// </summary>
    public static IServiceCollection AddGraphAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<GraphTransport>();
        services.AddSingleton<GraphCredentials>();
        services.AddSingleton<GraphEndpoint>();
        services.AddScoped<TenantGraph>();
        services.AddScoped<GraphMailSender>();
        // Entra ID's metadata and signing keys come over the same trusted transport as Graph and the
        // token endpoint. Configured here, not in Identity, so that Identity needs nothing of Graph;
        // in demo sign-in no bearer scheme exists and this is never read.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<GraphTransport>((o, transport) => o.BackchannelHttpHandler = transport.CreateHandler());
        return services;
    }
}
