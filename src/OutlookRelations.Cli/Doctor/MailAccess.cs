using System.Text;
using System.Text.Json;

namespace OutlookRelations.Cli.Doctor;

/// <summary>
/// Which mail access the deployment has: what Graph granted the app (the roles in its app-only token)
/// against what each tenant's admins chose. An app with Mail.ReadBasic.All and not Mail.Read can serve
/// only tenants in metadata-only mode; the others' sync would fail with 403.
/// </summary>
internal static class MailAccess
{
    public static Finding Check(string? graphToken, TenantModes? tenants)
    {
        var chosen = tenants is null ? "" : $"; {tenants.MetadataOnly} of {tenants.Tenants} tenant(s) chose metadata-only mode (no message text read, nothing remembered)";
        if (graphToken is null) return new("mail access", true, $"the built-in emulator grants full mail access{chosen}.");
        var roles = Roles(graphToken);
        if (roles.Overlaps(["Mail.Read", "Mail.ReadWrite"]))
            return new("mail access", true, $"full: Graph grants Mail.Read, so message text is read once for memory{chosen}.");
        if (!roles.Contains("Mail.ReadBasic.All"))
            return new("mail access", false, "Graph grants the app no mail permission.",
                "Grant Mail.Read (or Mail.ReadBasic.All for metadata-only mode) and admin consent (docs/deploy.md).");
        var full = tenants is null ? (int?)null : tenants.Tenants - tenants.MetadataOnly;
        return full is 0
            ? new("mail access", true, $"metadata-only: Graph grants Mail.ReadBasic.All, not Mail.Read{chosen}.")
            : new("mail access", false, $"metadata-only: Graph grants Mail.ReadBasic.All, not Mail.Read, but {(full is null ? "the tenants' choice is unknown" : $"{full} tenant(s) still read message text")}{chosen}.",
                "Turn on \"Metadata only\" in the admin page's settings for every tenant, or grant Mail.Read: until then their sync fails with 403.");
    }

    /// <summary>The roles claim of a JWT, read without checking its signature (it came from Entra ID just now).</summary>
    public static HashSet<string> Roles(string jwt)
    {
        var roles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var parts = jwt.Split('.');
        if (parts.Length != 3) return roles;
        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
            if (document.RootElement.TryGetProperty("roles", out var claim) && claim.ValueKind == JsonValueKind.Array)
                foreach (var role in claim.EnumerateArray()) roles.Add(role.GetString() ?? "");
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            // Not a JWT we can read: no roles, and the finding says so.
        }
        return roles;
    }
}
