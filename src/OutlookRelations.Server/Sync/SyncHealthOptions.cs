using System.ComponentModel.DataAnnotations;

namespace OutlookRelations.Server.Sync;

/// <summary>Section "Sync": when admins are told a mailbox's sync is in trouble.</summary>
public sealed class SyncHealthOptions : IValidatableObject
{
    public const string SectionName = "Sync";

    /// <summary>A mailbox that made no progress this long while Graph holds newer mail is stalled.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan StalledAfter { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Optional: an http(s) URL POSTed a JSON message once when a mailbox becomes stalled or failing.</summary>
    public string? AlertWebhook { get; set; }

    public Uri? AlertWebhookUri => string.IsNullOrWhiteSpace(AlertWebhook) ? null : new Uri(AlertWebhook);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(AlertWebhook)) yield break;
        if (!Uri.TryCreate(AlertWebhook, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            yield return new ValidationResult($"{SectionName}:AlertWebhook is '{AlertWebhook}'; it takes an absolute http or https URL, or nothing.");
    }
}
