using System.ComponentModel.DataAnnotations;

namespace OutlookRelations.Server.Notifications;

/// <summary>Change notifications: Graph tells us a mailbox changed, so sync runs within seconds rather than on the next schedule.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>
    /// This server's public base URL, as Graph reaches it (https). Graph posts to
    /// {PublicUrl}/api/graph/notifications and /api/graph/lifecycle. Empty turns change
    /// notifications off; the recurring sync (Graph:SyncCron) still runs.
    /// </summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>How long each subscription asks to live. Graph allows up to 10,080 minutes for messages and events.</summary>
    [Range(60, 10080)]
    public int LifetimeMinutes { get; set; } = 4200;

    /// <summary>Subscriptions that expire within this many minutes are renewed by the recurring renewal job.</summary>
    [Range(30, 10080)]
    public int RenewWithinMinutes { get; set; } = 1440;

    /// <summary>When the renewal job runs.</summary>
    [Jobs.Cron]
    public string RenewCron { get; set; } = "0 * * * *";

    public bool Enabled => PublicUrl is not null;

    // Methods, not properties: the configuration binder reads every property it sees.
    public Uri NotificationUrl() => new(PublicUrl!, "api/graph/notifications");
    public Uri LifecycleUrl() => new(PublicUrl!, "api/graph/lifecycle");

    /// <summary>Checks what attributes cannot: https (Graph refuses http, except our emulator on loopback) and a renewal window inside the lifetime.</summary>
    public static IEnumerable<string> Problems(NotificationOptions o)
    {
        if (o.PublicUrl is { } url && (!url.IsAbsoluteUri || url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback))
            yield return $"Notifications:PublicUrl '{url}' must be an absolute https URL Graph can reach.";
        if (o.RenewWithinMinutes >= o.LifetimeMinutes)
            yield return $"Notifications:RenewWithinMinutes ({o.RenewWithinMinutes}) must be less than Notifications:LifetimeMinutes ({o.LifetimeMinutes}), or every subscription is renewed as soon as it is made.";
    }
}
