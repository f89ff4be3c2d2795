using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OutlookRelations.Server.Health;

/// <summary>A Hangfire server alive (on any instance sharing the job storage) to run jobs.</summary>
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
