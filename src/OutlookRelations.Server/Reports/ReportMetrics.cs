using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OutlookRelations.Server.Reports;

/// <summary>The reports' meter: builds by scope and outcome, and how long each took.</summary>
public sealed class ReportMetrics
{
    public const string MeterName = "OutlookRelations.Reports";

    private readonly Counter<long> _builds;
    private readonly Histogram<double> _duration;

    public ReportMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _builds = meter.CreateCounter<long>("outlookrelations.report.builds", "{report}", "Report builds finished, by scope and outcome (succeeded, failed, refused)");
        _duration = meter.CreateHistogram<double>("outlookrelations.report.build.duration", "s", "Time to measure and write one report");
    }

    public void Built(string scope, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "report.scope", scope }, { "report.outcome", outcome } };
        _builds.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
    }
}
