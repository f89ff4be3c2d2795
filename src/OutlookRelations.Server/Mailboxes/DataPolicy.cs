using OutlookRelations.Memory.Extraction;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Mailboxes;

/// <summary>
/// A tenant's settings as sync applies them: which addresses are off limits, which details may be
/// remembered, how long things are kept. Built once per sync from <see cref="TenantSettings"/>.
/// </summary>
public sealed class DataPolicy
{
    public static readonly DataPolicy Default = new(new TenantSettings());

    private readonly HashSet<string> _domains;
    private readonly HashSet<string> _addresses;
    private readonly HashSet<ArtifactKind> _disabledKinds;

    public DataPolicy(TenantSettings settings)
    {
        _domains = Lines(settings.ExcludedDomains).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _addresses = Lines(settings.ExcludedAddresses).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _disabledKinds = Lines(settings.DisabledKinds).Select(k => ArtifactKinds.TryParse(k, out var kind) ? kind : (ArtifactKind?)null).OfType<ArtifactKind>().ToHashSet();
        CollectSensitive = settings.CollectSensitive;
        MailboxGroupId = string.IsNullOrWhiteSpace(settings.MailboxGroupId) ? null : settings.MailboxGroupId;
        InteractionRetention = settings.InteractionRetentionDays is { } days ? TimeSpan.FromDays(days) : null;
        DetailRetention = settings.DetailRetentionDays is { } detailDays ? TimeSpan.FromDays(detailDays) : null;
        ReadDeletedItems = settings.ReadDeletedItems;
        MetadataOnly = settings.MetadataOnly;
    }

    /// <summary>Metadata-only mode: no message text is asked of Graph, so nothing is remembered.</summary>
    public bool MetadataOnly { get; }

    /// <summary>Whether sync reads Deleted Items (and the folders below it).</summary>
    public bool ReadDeletedItems { get; }

    public bool CollectSensitive { get; }
    /// <summary>Only this group's members' mailboxes are collected; null for everyone.</summary>
    public string? MailboxGroupId { get; }
    public TimeSpan? InteractionRetention { get; }
    public TimeSpan? DetailRetention { get; }
    public IReadOnlyCollection<string> ExcludedDomains => _domains;
    public IReadOnlyCollection<string> ExcludedAddresses => _addresses;
    public IReadOnlyCollection<ArtifactKind> DisabledKinds => _disabledKinds;

    /// <summary>An address (or a subdomain of an excluded domain) that must never be collected.</summary>
    public bool Excludes(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return false;
        var email = address.Trim();
        if (_addresses.Contains(email)) return true;
        var domain = email[(email.LastIndexOf('@') + 1)..];
        for (var d = domain; d.Length > 0; d = d.Contains('.') ? d[(d.IndexOf('.') + 1)..] : "")
            if (_domains.Contains(d)) return true;
        return false;
    }

    /// <summary>Mail or a meeting involving anyone excluded is not collected at all: not its metadata, not what it says.</summary>
    public bool ExcludesAny(IEnumerable<string?> addresses) => addresses.Any(Excludes);

    public bool Collects(Artifact artifact) => !_disabledKinds.Contains(artifact.Kind) && (CollectSensitive || !artifact.Sensitive);

    public static IEnumerable<string> Lines(string text) =>
        text.Split(['\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase);
}
