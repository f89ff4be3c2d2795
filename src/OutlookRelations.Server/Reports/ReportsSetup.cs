namespace OutlookRelations.Server.Reports;

public static class ReportsSetup
{
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReportOptions>(configuration.GetSection(ReportOptions.SectionName));
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
