namespace OutlookRelations.Server.Telemetry;

/// <summary>
/// Section "Telemetry". Whether traces and metrics are recorded is decided while services are
/// registered (OpenTelemetry is added or not), so <see cref="Read"/> binds the section then; the same
/// class is also bound and validated on start, so a value that is not a boolean stops the start with
/// the setting named.
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>Record traces and metrics. Unset: on exactly when OTEL_EXPORTER_OTLP_ENDPOINT is set.</summary>
    public bool? Enabled { get; set; }

    public static TelemetryOptions Read(IConfiguration configuration)
    {
        try
        {
            return configuration.GetSection(SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"{SectionName}:Enabled is '{configuration[$"{SectionName}:Enabled"]}'; it takes true or false.", e);
        }
    }
}
