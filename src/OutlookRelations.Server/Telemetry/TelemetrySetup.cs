using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace OutlookRelations.Server.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics: incoming requests, Hangfire jobs, outgoing HTTP (Graph, Entra ID),
/// EF Core commands, and the app's own meters (every meter named OutlookRelations.*, each feature owning its
/// instruments). Exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set (the standard OTEL_*
/// variables then apply: protocol, headers, OTEL_SERVICE_NAME). Off otherwise, so nothing spends
/// time recording spans no one reads; Telemetry:Enabled=true turns it on without OTLP (for another exporter).
/// </summary>
public static class TelemetrySetup
{
    public const string EndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string EnabledSetting = TelemetryOptions.SectionName + ":" + nameof(TelemetryOptions.Enabled);
    public const string ServiceName = "OutlookRelations.Server";
    public const string MeterPrefix = "OutlookRelations.";
    /// <summary>The app's own spans (Hangfire jobs: OutlookRelations.Jobs).</summary>
    public const string SourcePrefix = "OutlookRelations.";

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        // Instruments cost nothing unread, so they exist either way (dotnet-counters sees them too).
        services.AddSingleton<SyncMetrics>();
        services.AddSingleton<Sync.ISyncObserver>(sp => sp.GetRequiredService<SyncMetrics>());
        services.AddSingleton<Sync.ISyncRoundObserver>(sp => sp.GetRequiredService<SyncMetrics>());
        services.AddOptions<TelemetryOptions>().Bind(configuration.GetSection(TelemetryOptions.SectionName)).ValidateOnStart();
        var otlp = !string.IsNullOrWhiteSpace(configuration[EndpointSetting]);
        if (!(TelemetryOptions.Read(configuration).Enabled ?? otlp)) return services;

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource(SourcePrefix + "*"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(MeterPrefix + "*"));
        if (otlp) telemetry.UseOtlpExporter();
        return services;
    }
}
