namespace OutlookRelations.Server.Tests;

/// <summary>
/// A PUT /api/admin/settings body as the admin page sends it: every list named, every kind collected
/// unless told otherwise. The optional fields are sent as null unless a test sets them, as an
/// older client that predates them would.
/// </summary>
public static class SettingsBody
{
    public static object With(string[]? domains = null, string[]? addresses = null, string[]? kinds = null, bool sensitive = false,
        int? keepDays = null, string? group = null, bool? readDeletedItems = null, bool? metadataOnly = null,
        string? senderMailbox = null, bool? digestsAllowed = null, string? syncAlertsTo = null, string[]? aliases = null, bool? storiesInReports = null) => new
    {
        mailboxGroupId = group,
        excludedDomains = domains ?? [],
        excludedAddresses = addresses ?? [],
        collectedKinds = kinds ?? Memory.Extraction.ArtifactKinds.All.ToArray(),
        collectSensitive = sensitive,
        interactionRetentionDays = keepDays,
        detailRetentionDays = keepDays,
        reportsIncludeTalkingPoints = false,
        readDeletedItems,
        metadataOnly,
        senderMailbox,
        digestsAllowed,
        syncAlertsTo,
        organisationAliases = aliases,
        storiesInReports,
    };
}
