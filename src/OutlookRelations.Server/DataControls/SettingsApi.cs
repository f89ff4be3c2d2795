using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Server.Identity;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Mailboxes;

namespace OutlookRelations.Server.DataControls;

/// <summary>
/// /api/admin/settings, /api/admin/audit and mailbox offboarding: the tenant's data controls, for
/// the Relations.Admin role only. A change applies to new mail at once and to stored data by a job.
/// </summary>
public static class SettingsApi
{
    public sealed record SettingsView(
        string? MailboxGroupId, IReadOnlyList<string> ExcludedDomains, IReadOnlyList<string> ExcludedAddresses, IReadOnlyList<string> CollectedKinds,
        bool CollectSensitive, int? InteractionRetentionDays, int? DetailRetentionDays, bool ReportsIncludeTalkingPoints,
        DateTimeOffset? UpdatedAt, string? UpdatedBy,
        // Last and optional, so a client that predates it leaves Deleted Items read rather than turning it off.
        bool? ReadDeletedItems = null,
        // Left out, the mode stays as it is: a client that predates it never turns it off by accident.
        bool? MetadataOnly = null,
        // The mail OutlookRelations sends. Left out (null), each stays as it is; "" clears an address.
        string? SenderMailbox = null, bool? DigestsAllowed = null, string? SyncAlertsTo = null,
        // Left out, stories stay as they are (on by default: nothing is shared until someone shares it).
        bool? StoriesInReports = null,
        // Whether people may let colleagues see whom they know; left out, it stays as it is.
        bool? WarmPathsAllowed = null,
        // "other name = organisation", one an entry; left out (null), the table stays as it is.
        IReadOnlyList<string>? OrganisationAliases = null);

    public sealed record AuditView(DateTimeOffset At, string Actor, string Action, string Target, string Details);

    public static RouteGroupBuilder MapDataControls(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin").RequireAuthorization(Roles.AdminPolicy).WithTags("Admin");
        group.MapGet("/settings", async (CurrentUser user, RelationsDbContext db, CancellationToken ct) =>
            View(await db.TenantSettings.AsNoTracking().SingleOrDefaultAsync(s => s.TenantId == user.TenantId, ct)));
        group.MapPut("/settings", PutAsync);
        group.MapGet("/audit", async (CurrentUser user, RelationsDbContext db, CancellationToken ct) =>
            await db.AuditEntries.AsNoTracking().Where(a => a.TenantId == user.TenantId).OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(500)
                .Select(a => new AuditView(a.At, a.Actor, a.Action, a.Target, a.Details)).ToListAsync(ct));
        group.MapDelete("/mailboxes/{email}", OffboardAsync);
        return group;
    }

    private static async Task<Results<Ok<SettingsView>, ValidationProblem>> PutAsync(
        SettingsView request, CurrentUser user, RelationsDbContext db, Audit audit, IBackgroundJobClient jobs, TimeProvider time, CancellationToken ct)
    {
        var errors = SettingsValidation.Problems(request);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var settings = await db.TenantSettings.SingleOrDefaultAsync(s => s.TenantId == user.TenantId, ct);
        if (settings is null) db.TenantSettings.Add(settings = new TenantSettings { TenantId = user.TenantId });
        var before = View(settings);
        settings.MailboxGroupId = string.IsNullOrWhiteSpace(request.MailboxGroupId) ? null : request.MailboxGroupId.Trim();
        settings.ExcludedDomains = string.Join('\n', request.ExcludedDomains.Select(d => d.Trim().ToLowerInvariant()).Distinct());
        settings.ExcludedAddresses = string.Join('\n', request.ExcludedAddresses.Select(a => a.Trim().ToLowerInvariant()).Distinct());
        settings.DisabledKinds = string.Join('\n', ArtifactKinds.All.Except(request.CollectedKinds, StringComparer.Ordinal));
        settings.CollectSensitive = request.CollectSensitive;
        settings.InteractionRetentionDays = request.InteractionRetentionDays;
        settings.DetailRetentionDays = request.DetailRetentionDays;
        settings.ReportsIncludeTalkingPoints = request.ReportsIncludeTalkingPoints;
        settings.ReadDeletedItems = request.ReadDeletedItems ?? true;
        settings.MetadataOnly = request.MetadataOnly ?? settings.MetadataOnly;
        if (request.SenderMailbox is not null) settings.SenderMailbox = Address(request.SenderMailbox);
        settings.DigestsAllowed = request.DigestsAllowed ?? settings.DigestsAllowed;
        if (request.SyncAlertsTo is not null) settings.SyncAlertsTo = Address(request.SyncAlertsTo);
        settings.StoriesInReports = request.StoriesInReports ?? settings.StoriesInReports;
        settings.WarmPathsAllowed = request.WarmPathsAllowed ?? settings.WarmPathsAllowed;
        if (request.OrganisationAliases is { } aliases) settings.OrganisationAliases = string.Join('\n', aliases.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct());
        settings.UpdatedAt = time.GetUtcNow();
        settings.UpdatedBy = user.Email;
        audit.Record(user.TenantId, user.Email, "settings.changed", "tenant settings", SettingsValidation.Describe(before, View(settings)));
        await db.SaveChangesAsync(ct);
        var tenant = user.TenantId;
        jobs.Enqueue<ApplySettingsJob>(job => job.ApplyAsync(tenant, CancellationToken.None));
        return TypedResults.Ok(View(settings));
    }

    private static async Task<Results<NoContent, NotFound>> OffboardAsync(string email, CurrentUser user, RelationsDbContext db, Erasure erasure, CancellationToken ct)
    {
        var address = email.Trim().ToLowerInvariant();
        var owner = await db.Owners.AsNoTracking().SingleOrDefaultAsync(o => o.TenantId == user.TenantId && o.Email == address, ct);
        if (owner is null) return TypedResults.NotFound();
        await erasure.EraseAsync(user.TenantId, owner.Id, actor: user.Email, offboard: true, ct);
        return TypedResults.NoContent();
    }

    private static string? Address(string text) => text.Trim() is { Length: > 0 } address ? address.ToLowerInvariant() : null;

    public static SettingsView View(TenantSettings? s)
    {
        var policy = s is null ? DataPolicy.Default : new DataPolicy(s);
        return new SettingsView(
            policy.MailboxGroupId, [.. policy.ExcludedDomains.Order()], [.. policy.ExcludedAddresses.Order()],
            [.. ArtifactKinds.All.Where(k => ArtifactKinds.TryParse(k, out var kind) && !policy.DisabledKinds.Contains(kind))],
            policy.CollectSensitive, s?.InteractionRetentionDays, s?.DetailRetentionDays, s?.ReportsIncludeTalkingPoints ?? false, s?.UpdatedAt, s?.UpdatedBy,
            policy.ReadDeletedItems, policy.MetadataOnly, s?.SenderMailbox ?? "", s?.DigestsAllowed ?? true, s?.SyncAlertsTo ?? "", s?.StoriesInReports ?? true, s?.WarmPathsAllowed ?? true,
            s is null ? [] : [.. Serendipity.OrganisationAliases.Lines(s.OrganisationAliases)]);
    }
}
