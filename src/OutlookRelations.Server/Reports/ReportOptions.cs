using System.ComponentModel.DataAnnotations;

namespace OutlookRelations.Server.Reports;

/// <summary>Section "Reports".</summary>
public sealed class ReportOptions
{
    public const string SectionName = "Reports";

    /// <summary>How long a built report (and its file) is kept before it is deleted.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>When managers' weekly reports run (cron, UTC): Mondays at 06:00 by default.</summary>
    [Jobs.Cron]
    public string WeeklyCron { get; set; } = "0 6 * * 1";

    /// <summary>
    /// How recent a sign-in must be for its roles to count when a job builds a team or organisation
    /// report: a manager who has not opened Outlook or the reports page for this long gets no more
    /// weekly team reports until they do (each skipped one says why).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan RolesConfirmedWithin { get; set; } = TimeSpan.FromDays(14);
}
