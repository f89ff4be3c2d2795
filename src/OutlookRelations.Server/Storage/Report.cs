namespace OutlookRelations.Server.Storage;

public enum ReportStatus
{
    Queued = 0,
    Running = 1,
    Succeeded = 2,
    Failed = 3,
}

/// <summary>
/// An engagement report a mailbox owner asked for, and its workbook once built. Owned by the
/// requester, so the query filters make someone else's report invisible, file included.
/// </summary>
public sealed class Report : IOwnedRow
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    /// <summary>Who asked for it; only they can see it.</summary>
    public Guid OwnerId { get; set; }
    public required string Scope { get; set; }
    public DateTimeOffset From { get; set; }
    public DateTimeOffset To { get; set; }
    public required string TimeZone { get; set; }
    public ReportStatus Status { get; set; }
    public int Progress { get; set; }
    public string Step { get; set; } = "Waiting for a worker";
    public string? Error { get; set; }
    public string? HangfireJobId { get; set; }
    /// <summary>True for the weekly report a manager scheduled, false for one asked for by hand.</summary>
    public bool Scheduled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public string? FileName { get; set; }
    /// <summary>The .xlsx itself: kept with the row so erasure and expiry remove both together.</summary>
    public byte[]? Content { get; set; }
    /// <summary>
    /// The mailboxes the report measured, as "[id]" markers: erasing one of them deletes the report.
    /// Filled when the build starts, from the audience it measures.
    /// </summary>
    public string CoveredOwners { get; set; } = "";
    /// <summary>
    /// The shared stories the workbook shows, as "[id]" markers: withdrawing or erasing one of them
    /// deletes the report, so a story never outlives its owner's consent in a stored file.
    /// </summary>
    public string SharedStories { get; set; } = "";
    /// <summary>Headline figures (JSON) for the reports page's charts.</summary>
    public string? HeadlineJson { get; set; }
}
