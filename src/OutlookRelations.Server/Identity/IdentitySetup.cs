using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using OutlookRelations.Server.Conventions;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Identity;

public static class IdentitySetup
{
    public const string ProviderSetting = "Identity:Provider";

    /// <summary>
    /// The provider the setting names, strictly (Demo or Entra, any case); unset, demo mode means Demo
    /// and anything else Entra. Null with a problem when the value is not one of them.
    /// </summary>
    public static (IdentityProvider? Provider, string? Problem) Provider(IConfiguration configuration)
    {
        var (named, problem) = StrictEnum.FromSetting<IdentityProvider>(configuration, ProviderSetting);
        if (problem is not null) return (null, problem);
        return (named ?? (configuration.GetValue<bool>($"{DemoOptions.SectionName}:Enabled") ? IdentityProvider.Demo : IdentityProvider.Entra), null);
    }

    public static IServiceCollection AddIdentity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var entra = configuration.GetSection(EntraOptions.SectionName).Get<EntraOptions>() ?? new EntraOptions();
        // Used while services are registered (the token handler's authority), so checked now, not only at start.
        if (EntraOptions.Problems(entra).ToList() is { Count: > 0 } problems)
            throw new Microsoft.Extensions.Options.OptionsValidationException(EntraOptions.SectionName, typeof(EntraOptions), problems);
        services.AddSingleton(entra);
        // The same section as options too, so it is validated at start with the others.
        services.AddOptions<EntraOptions>().Bind(configuration.GetSection(EntraOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<EntraOptions>, EntraValidation>();
        services.AddSingleton<OwnerSignIns>();
        services.AddSingleton<RoleSightings>();
        var (provider, problem) = Provider(configuration);
        if (provider is null) throw new InvalidOperationException(problem);
        // StartupChecks already refused demo sign-in outside Development; this holds even if they were skipped.
        var demo = provider == IdentityProvider.Demo && environment.IsDevelopment();
        services.AddSingleton(new SignInMode(demo ? IdentityProvider.Demo : IdentityProvider.Entra));
        if (!demo)
        {
            // Its metadata and signing keys come over Graph's trusted transport (GraphAccessSetup).
            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddEntraTokens(entra);
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
