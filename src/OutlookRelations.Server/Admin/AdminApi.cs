using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Identity;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Admin;

/// <summary>
/// /api/admin: what IT admins of a tenant may see and do, and nobody else (the Admin app role).
/// Admins see their own tenant only: every query here filters by the admin's tenant explicitly,
/// because mailbox-level query filters would narrow it to the admin's own mailbox.
/// </summary>
public static class AdminApi
{
    public sealed record MailboxView(string Email, string DisplayName, bool CaughtUp, DateTimeOffset? LastSyncAt);

    public static RouteGroupBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin").RequireAuthorization(Roles.AdminPolicy).WithTags("Admin");
        group.MapGet("/mailboxes", Mailboxes);
        group.MapGet("/sync", SyncHealthReport.ReadAsync);
        return group;
    }

    private static async Task<IReadOnlyList<MailboxView>> Mailboxes(CurrentUser user, RelationsDbContext db, CancellationToken ct)
    {
        var owners = await db.Owners.AsNoTracking().Where(o => o.TenantId == user.TenantId).OrderBy(o => o.Email).ToListAsync(ct);
        var cursors = await db.SyncCursors.IgnoreQueryFilters().AsNoTracking().Where(c => c.TenantId == user.TenantId).ToListAsync(ct);
        // A first sync makes each stream's cursor when it reaches it: until a round has finished reading
        // every stream, the cursors made so far can all be caught up while most folders are unread.
        var finished = (await db.SyncRounds.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.TenantId == user.TenantId && (r.Outcome == SyncRoundOutcome.Succeeded || r.Outcome == SyncRoundOutcome.Behind))
            .Select(r => r.OwnerId).Distinct().ToListAsync(ct)).ToHashSet();
        return
        [
            .. owners.Select(o =>
            {
                var mine = cursors.Where(c => c.OwnerId == o.Id).ToList();
                return new MailboxView(o.Email, o.DisplayName, finished.Contains(o.Id) && mine.Count > 0 && mine.All(c => c.IsCaughtUp),
                    mine.Count == 0 ? null : mine.Max(c => c.UpdatedAt));
            }),
        ];
    }
}
