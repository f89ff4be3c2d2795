namespace OutlookRelations.Server.Storage;

/// <summary>
/// What a tenant's admins allow OutlookRelations to collect and keep. One row per tenant; a tenant
/// without a row gets the defaults (everything but sensitive details, kept until deleted in Outlook).
/// Lists are stored as newline-separated text so every provider handles them the same way.
/// </summary>
public sealed class TenantSettings
{
    public Guid TenantId { get; set; }
    /// <summary>Collect only the mailboxes of this Entra ID group's members; null means everyone onboarded.</summary>
    public string? MailboxGroupId { get; set; }
    /// <summary>Mail domains never collected (e.g. an HR provider, personal webmail), one per line.</summary>
    public string ExcludedDomains { get; set; } = "";
    /// <summary>Addresses never collected (e.g. legal@, hr@), one per line.</summary>
    public string ExcludedAddresses { get; set; } = "";
    /// <summary>Artifact kinds not collected (wire names such as "family"), one per line.</summary>
    public string DisabledKinds { get; set; } = "";
    /// <summary>Details about health, bereavement, religion or politics: off unless an admin turns them on.</summary>
    public bool CollectSensitive { get; set; }
    /// <summary>Interactions and meetings older than this many days are deleted; null keeps them.</summary>
    public int? InteractionRetentionDays { get; set; }
    /// <summary>Remembered details last mentioned longer ago than this are deleted; null keeps them.</summary>
    public int? DetailRetentionDays { get; set; }
    /// <summary>Whether managers' and admins' reports may show talking points about other people's contacts.</summary>
    public bool ReportsIncludeTalkingPoints { get; set; }
    /// <summary>
    /// Whether sync reads Deleted Items. On by default: people delete mail once they have answered it,
    /// and a reply pairs with the message it answers wherever that message is now (docs/deploy.md).
    /// </summary>
    public bool ReadDeletedItems { get; set; } = true;
    /// <summary>
    /// Metadata-only mode, for tenants that will not let any message text be read (Graph's
    /// Mail.ReadBasic.All): sync never asks for a body, nothing is remembered, every figure is still kept.
    /// </summary>
    public bool MetadataOnly { get; set; }
    /// <summary>
    /// The mailbox mail from OutlookRelations is sent as (Graph sendMail, app-only Mail.Send limited to
    /// it by an application access policy): the morning digests and sync alerts. Null: nothing is sent.
    /// </summary>
    public string? SenderMailbox { get; set; }
    /// <summary>Whether people may turn on the morning digest for themselves (each chooses; off for everyone until then).</summary>
    public bool DigestsAllowed { get; set; } = true;
    /// <summary>An address told by mail when a mailbox's sync becomes stalled or failing; null: no mail.</summary>
    public string? SyncAlertsTo { get; set; }
    /// <summary>
    /// Whether stories people chose to share reach their managers' and admins' packs. On by default:
    /// nothing is shared until someone shares it, and this lets a tenant turn the feature off.
    /// </summary>
    public bool StoriesInReports { get; set; } = true;
    /// <summary>Whether people may let colleagues see whom they know (each chooses; off for everyone until then).</summary>
    public bool WarmPathsAllowed { get; set; } = true;
    /// <summary>Other names for organisations, "alias = organisation" one a line, for matching company news (Serendipity/OrganisationAliases).</summary>
    public string OrganisationAliases { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}
