namespace OutlookRelations.Server.Reports;

public static class ReportsSetup
{
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportOptions>().Bind(configuration.GetSection(ReportOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReportMetrics>();
        services.AddScoped<ReportAudience>();
        services.AddScoped<ReportCalculator>();
        services.AddScoped<ReportQueue>();
        services.AddScoped<BuildReportJob>();
        services.AddScoped<WeeklyReportJob>();
        services.AddScoped<ReportHousekeeping>();
        services.AddHostedService<ReportHousekeepingService>();
        return services;
    }
}
