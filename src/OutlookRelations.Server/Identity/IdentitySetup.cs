using Microsoft.AspNetCore.Authentication;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Identity;

public static class IdentitySetup
{
    public static IServiceCollection AddIdentity(this IServiceCollection services)
    {
        services.AddAuthentication(DemoAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, DemoAuthenticationHandler>(DemoAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        return services;
    }

    /// <summary>
    /// After authentication, narrows the request's <see cref="DataScope"/> to the signed-in owner,
    /// which is what every query filter reads.
    /// </summary>
    public static IApplicationBuilder UseDataScope(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (CurrentUser.From(context.User) is { } user)
            context.RequestServices.GetRequiredService<DataScope>().Enter(user.TenantId, user.OwnerId);
        await next(context);
    });
}
