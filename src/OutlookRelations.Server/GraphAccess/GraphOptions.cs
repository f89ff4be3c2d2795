using System.ComponentModel.DataAnnotations;

namespace OutlookRelations.Server.GraphAccess;

public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary>Graph's base URL. Empty in demo mode means "the in-process emulator".</summary>
    public string? BaseUrl { get; set; }

    /// <summary>
    /// The app-only credential background work uses (with Entra:ClientId): a client secret, or a
    /// certificate file (PEM with its private key, or PFX with <see cref="CertificatePassword"/>).
    /// Both are secrets: set them from the environment or a secret store, never in a file in the repository.
    /// </summary>
    public string? ClientSecret { get; set; }
    public string? CertificatePath { get; set; }
    public string? CertificatePassword { get; set; }

    /// <summary>One extra certificate to trust for Graph and the login host, matched exactly (the HTTPS Graph emulator's).</summary>
    public string? TrustedCertificatePath { get; set; }

    public bool HasCredential => !string.IsNullOrWhiteSpace(ClientSecret) || !string.IsNullOrWhiteSpace(CertificatePath);

    /// <summary>Prefer: odata.maxpagesize for delta rounds.</summary>
    [Range(1, 1000)]
    public int PageSize { get; set; } = 100;

    /// <summary>The calendarView window synced, in days before and after the first sync.</summary>
    [Range(1, 3650)]
    public int CalendarPastDays { get; set; } = 365;

    [Range(1, 3650)]
    public int CalendarFutureDays { get; set; } = 180;

    /// <summary>The safety-net schedule for each mailbox (change notifications trigger syncs in between).</summary>
    [Jobs.Cron]
    public string SyncCron { get; set; } = "*/15 * * * *";

    /// <summary>How often a throttled or unavailable page is retried after the SDK's own retries gave up.</summary>
    [Range(0, 20)]
    public int MaxOuterRetries { get; set; } = 5;
}
