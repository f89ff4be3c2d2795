using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OutlookRelations.Server.Sidebar;

/// <summary>
/// How many sidebar lookups run against the database at once (<see cref="SidebarOptions"/>); the
/// rest wait their turn in order. Without a bound, a burst opens a database
/// connection per request and every request slows down together (the sidebar-load benchmark shows
/// PostgreSQL tipping over); with one, a burst costs the later requests a short wait.
/// </summary>
public static class SidebarConcurrency
{
    public const string Policy = "sidebar";

    public static IServiceCollection AddSidebarConcurrency(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SidebarMetrics>(); // the lookups' meter, beside the limit on them
        services.AddOptions<SidebarOptions>().Bind(configuration.GetSection(SidebarOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        // Read here too: the limiter is built while services are registered; the same value is validated at start.
        var permits = (configuration.GetSection(SidebarOptions.SectionName).Get<SidebarOptions>() ?? new SidebarOptions()).MaxConcurrent;
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            options.AddConcurrencyLimiter(Policy, limiter =>
            {
                limiter.PermitLimit = permits;
                limiter.QueueLimit = 10_000;
                limiter.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });
    }
}
