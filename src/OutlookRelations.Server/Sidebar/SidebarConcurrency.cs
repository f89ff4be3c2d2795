using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OutlookRelations.Server.Sidebar;

/// <summary>
/// How many sidebar lookups run against the database at once (Sidebar:MaxConcurrent, default twice
/// the cores); the rest wait their turn in order. Without a bound, a burst opens a database
/// connection per request and every request slows down together (the sidebar-load benchmark shows
/// PostgreSQL tipping over); with one, a burst costs the later requests a short wait.
/// </summary>
public static class SidebarConcurrency
{
    public const string Policy = "sidebar";

    public static IServiceCollection AddSidebarConcurrency(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SidebarMetrics>(); // the lookups' meter, beside the limit on them
        var permits = configuration.GetValue("Sidebar:MaxConcurrent", Environment.ProcessorCount * 2);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            options.AddConcurrencyLimiter(Policy, limiter =>
            {
                limiter.PermitLimit = Math.Max(1, permits);
                limiter.QueueLimit = 10_000;
                limiter.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });
    }
}
