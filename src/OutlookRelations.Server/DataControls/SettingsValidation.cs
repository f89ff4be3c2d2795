using System.Net.Mail;
using OutlookRelations.Memory.Extraction;

namespace OutlookRelations.Server.DataControls;

/// <summary>What makes a settings request acceptable, field by field, and how a change reads in the audit log.</summary>
public static class SettingsValidation
{
    public const int MaxRetentionDays = 3650;

    public static Dictionary<string, string[]> Problems(SettingsApi.SettingsView request)
    {
        var errors = new Dictionary<string, string[]>();
        // JSON can leave out, or fill with nulls, what the record declares non-null: a PUT names every list.
        foreach (var (field, list) in new[] { ("excludedDomains", request.ExcludedDomains), ("excludedAddresses", request.ExcludedAddresses), ("collectedKinds", request.CollectedKinds) })
        {
            if (list is null) errors[field] = ["Required: a list of strings (use [] for none)."];
            else if (list.Any(item => item is null)) errors[field] = ["A list of strings: null is not one."];
        }
        if (errors.Count > 0) return errors;
        if (request.MailboxGroupId is { Length: > 0 } group && (group.Trim().Length > 64 || !group.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
            errors["mailboxGroupId"] = ["The group's object id, e.g. 0f3c…-…, or null for everyone."];
        var badDomains = request.ExcludedDomains.Where(d => !IsDomain(d.Trim())).ToList();
        if (badDomains.Count > 0) errors["excludedDomains"] = [$"Not a mail domain: {string.Join(", ", badDomains)}."];
        var badAddresses = request.ExcludedAddresses.Where(a => !IsAddress(a)).ToList();
        if (badAddresses.Count > 0) errors["excludedAddresses"] = [$"Not an email address: {string.Join(", ", badAddresses)}."];
        var badKinds = request.CollectedKinds.Where(k => !ArtifactKinds.TryParse(k, out _)).ToList();
        if (badKinds.Count > 0) errors["collectedKinds"] = [$"Unknown kinds: {string.Join(", ", badKinds)}. Known: {string.Join(", ", ArtifactKinds.All)}."];
        foreach (var (field, address) in new[] { ("senderMailbox", request.SenderMailbox), ("syncAlertsTo", request.SyncAlertsTo) })
            if (address is { Length: > 0 } && !IsAddress(address))
                errors[field] = ["An email address, or \"\" for none."];
        if (request.OrganisationAliases is { } aliases)
        {
            if (aliases.Any(a => a is null)) errors["organisationAliases"] = ["A list of strings: null is not one."];
            else if (aliases.Count > Serendipity.OrganisationAliases.MaxLines) errors["organisationAliases"] = [$"At most {Serendipity.OrganisationAliases.MaxLines} other names."];
            else if (aliases.Where(a => a.Trim().Length > 0).Select(a => Serendipity.OrganisationAliases.Problem(a.Trim())).OfType<string>().ToList() is { Count: > 0 } bad)
                errors["organisationAliases"] = [.. bad];
        }
        foreach (var (field, days) in new[] { ("interactionRetentionDays", request.InteractionRetentionDays), ("detailRetentionDays", request.DetailRetentionDays) })
            if (days is < 1 or > MaxRetentionDays) errors[field] = [$"Between 1 and {MaxRetentionDays} days, or null to keep."];
        return errors;
    }

    // A bare address, exactly: "Ana <ana@x.example>" parses, but is not one.
    private static bool IsAddress(string text) => MailAddress.TryCreate(text.Trim(), out var m) && m.Address == text.Trim();

    private static bool IsDomain(string text) =>
        text.Length is > 2 and < 254 && text.Contains('.') && !text.Contains('@')
        && text.Split('.').All(label => label.Length is > 0 and < 64 && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));

    /// <summary>"excludedDomains: [] → [hr-provider.example]; collectSensitive: False → True".</summary>
    public static string Describe(SettingsApi.SettingsView before, SettingsApi.SettingsView after)
    {
        var changes = new List<string>();
        void Compare(string name, object? a, object? b)
        {
            var (x, y) = (Text(a), Text(b));
            if (x != y) changes.Add($"{name}: {x} → {y}");
        }
        Compare("mailboxGroupId", before.MailboxGroupId ?? "everyone", after.MailboxGroupId ?? "everyone");
        Compare("excludedDomains", before.ExcludedDomains, after.ExcludedDomains);
        Compare("excludedAddresses", before.ExcludedAddresses, after.ExcludedAddresses);
        Compare("collectedKinds", before.CollectedKinds, after.CollectedKinds);
        Compare("collectSensitive", before.CollectSensitive, after.CollectSensitive);
        Compare("interactionRetentionDays", before.InteractionRetentionDays, after.InteractionRetentionDays);
        Compare("detailRetentionDays", before.DetailRetentionDays, after.DetailRetentionDays);
        Compare("reportsIncludeTalkingPoints", before.ReportsIncludeTalkingPoints, after.ReportsIncludeTalkingPoints);
        Compare("readDeletedItems", before.ReadDeletedItems, after.ReadDeletedItems);
        Compare("metadataOnly", before.MetadataOnly, after.MetadataOnly);
        Compare("senderMailbox", before.SenderMailbox, after.SenderMailbox);
        Compare("digestsAllowed", before.DigestsAllowed, after.DigestsAllowed);
        Compare("syncAlertsTo", before.SyncAlertsTo, after.SyncAlertsTo);
        Compare("storiesInReports", before.StoriesInReports, after.StoriesInReports);
        Compare("warmPathsAllowed", before.WarmPathsAllowed, after.WarmPathsAllowed);
        Compare("organisationAliases", before.OrganisationAliases, after.OrganisationAliases);
        return changes.Count == 0 ? "no change" : string.Join("; ", changes);
    }

    private static string Text(object? value) => value switch
    {
        null => "keep",
        IEnumerable<string> list => $"[{string.Join(", ", list)}]",
        _ => value.ToString() ?? "",
    };
}
