using OutlookRelations.Server.Identity;

namespace OutlookRelations.Server.Hosting;

public static class DemoSetup
{
    public static IServiceCollection AddDemoMode(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        if (configuration.GetValue<bool>($"{DemoOptions.SectionName}:Enabled")) services.AddHostedService<DemoTenantHost>();
        return services;
    }

    /// <summary>Prints where to look once the server listens, for the person who just typed dotnet run.</summary>
    public static void AnnounceDemo(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var url = app.Urls.FirstOrDefault() ?? "http://localhost:5080";
            Console.WriteLine($"""

                OutlookRelations demo is running at {url}
                  Sidebar cards: curl "{url}/api/sidebar?recipients=<address>"   (addresses: curl "{url}/api/contacts")
                  Health:        curl "{url}/health"
                """);
        });
    }
}
