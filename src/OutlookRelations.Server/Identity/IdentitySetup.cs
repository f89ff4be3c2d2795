using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using OutlookRelations.Server.Hosting;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Identity;

public static class IdentitySetup
{
    /// <summary>"Demo" (X-Demo-User, Development only) or "Entra" (bearer tokens). Demo mode defaults to Demo.</summary>
    public static string ProviderName(IConfiguration configuration) =>
        configuration["Identity:Provider"]
        ?? (configuration.GetValue<bool>($"{DemoOptions.SectionName}:Enabled") ? DemoAuthenticationHandler.SchemeName : "Entra");

    public static IServiceCollection AddIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        var entra = configuration.GetSection(EntraOptions.SectionName).Get<EntraOptions>() ?? new EntraOptions();
        services.AddSingleton(entra);
        services.AddSingleton<OwnerSignIns>();
        services.AddSingleton<RoleSightings>();
        if (string.Equals(ProviderName(configuration), "Entra", StringComparison.OrdinalIgnoreCase))
        {
            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddEntraTokens(entra);
            // Metadata and signing keys come over the same trusted transport as Graph and the token endpoint.
            services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
                .Configure<GraphAccess.GraphTransport>((o, transport) => o.BackchannelHttpHandler = transport.CreateHandler());
        }
        else
        {
            services.AddAuthentication(DemoAuthenticationHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, DemoAuthenticationHandler>(DemoAuthenticationHandler.SchemeName, null);
        }
        services.AddAuthorization(options => Roles.AddPolicies(options));
        return services;
    }

    /// <summary>
    /// After authentication, narrows the request's <see cref="DataScope"/> to the signed-in owner,
    /// which is what every query filter reads, and notes the roles the sign-in carried for jobs to check.
    /// </summary>
    public static IApplicationBuilder UseDataScope(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (CurrentUser.From(context.User) is { } user)
        {
            context.RequestServices.GetRequiredService<DataScope>().Enter(user.TenantId, user.OwnerId);
            await context.RequestServices.GetRequiredService<RoleSightings>().RecordAsync(
                context.RequestServices.GetRequiredService<RelationsDbContext>(), user.OwnerId, context.User, context.RequestAborted);
        }
        await next(context);
    });
}
