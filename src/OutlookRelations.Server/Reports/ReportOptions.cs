namespace OutlookRelations.Server.Reports;

/// <summary>Section "Reports".</summary>
public sealed class ReportOptions
{
    public const string SectionName = "Reports";

    /// <summary>How long a built report (and its file) is kept before it is deleted.</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>When managers' weekly reports run (cron, UTC): Mondays at 06:00 by default.</summary>
    public string WeeklyCron { get; set; } = "0 6 * * 1";
}
