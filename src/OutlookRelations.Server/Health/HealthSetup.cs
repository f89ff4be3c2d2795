using System.Text.Json;
using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Health;

/// <summary>GET /health: storage reachable, and a Hangfire server alive to run jobs.</summary>
public static class HealthSetup
{
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<RelationsDbContext>("storage")
            .AddCheck<JobServerHealthCheck>("jobs");
        return services;
    }

    public static IEndpointConventionBuilder MapHealth(this IEndpointRouteBuilder app) =>
        app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { ResponseWriter = WriteAsync });

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}

internal sealed class JobServerHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var monitoring = storage.GetMonitoringApi();
        var servers = monitoring.Servers().Count;
        var stats = monitoring.GetStatistics();
        var summary = $"{servers} job server(s); {stats.Enqueued} queued, {stats.Processing} running, {stats.Failed} failed";
        return Task.FromResult(servers > 0 ? HealthCheckResult.Healthy(summary) : HealthCheckResult.Degraded(summary));
    }
}
