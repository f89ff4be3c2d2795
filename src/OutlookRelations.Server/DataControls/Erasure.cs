using Hangfire;
using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Reports;
using OutlookRelations.Server.Mailboxes;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.DataControls;

/// <summary>
/// Erases everything held about one mailbox: its rows (every owned table, by cascade from the
/// owner), its reports, every other report that measured it, and its background jobs. For the
/// owner's own erasure the mailbox stays onboarded with collection paused (or sync would refill it);
/// an admin's offboarding removes the mailbox itself.
/// </summary>
public sealed class Erasure(
    RelationsDbContext db, IRecurringJobManager recurring, JobPayloads payloads, Notifications.MailboxSubscriptions subscriptions, Audit audit,
    Identity.OwnerSignIns signIns, Stories.StoryStore stories, ILogger<Erasure> logger)
{
    public async Task EraseAsync(Guid tenantId, Guid ownerId, string actor, bool offboard, CancellationToken ct)
    {
        var owner = await db.Owners.SingleOrDefaultAsync(o => o.TenantId == tenantId && o.Id == ownerId, ct)
            ?? throw new KeyNotFoundException($"No mailbox {ownerId} in this tenant.");
        foreach (var job in MailboxJobIds.All(ownerId)) recurring.RemoveIfExists(job);
        // Stop Graph telling us about this mailbox before its rows go.
        await subscriptions.DropAsync(ownerId, ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The stories this mailbox shared, and every report that showed one (a report of a team they have left, say).
        await stories.ForgetOwnerAsync(tenantId, ownerId, ct);
        // Reports anyone built that measured this mailbox (team and organisation reports) hold its figures and contacts.
        var marker = ReportQueue.CoverageMarker(ownerId);
        await db.Reports.IgnoreQueryFilters().Where(r => r.TenantId == tenantId && r.CoveredOwners.Contains(marker)).ExecuteDeleteAsync(ct);
        if (offboard)
        {
            // Every owned row cascades from the owner row.
            db.Owners.Remove(owner);
        }
        else
        {
            await EraseOwnedRowsAsync(tenantId, ownerId, ct);
            owner.CollectionPaused = true;
        }
        audit.Record(tenantId, actor, offboard ? "mailbox.offboarded" : "mailbox.erased", $"mailbox {ownerId}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (offboard) signIns.Forget(ownerId);
        var forgotten = payloads.Forget(ownerId);
        logger.LogInformation("Erased mailbox {Owner} ({Mode}); {Jobs} background jobs that named it deleted", ownerId, offboard ? "offboarded" : "kept, paused", forgotten);
    }

    /// <summary>Deletes what was collected from a mailbox that is no longer in scope; the mailbox stays onboarded.</summary>
    public async Task ClearCollectedAsync(Guid tenantId, Guid ownerId, string actor, CancellationToken ct)
    {
        if (!await db.Contacts.IgnoreQueryFilters().AnyAsync(c => c.OwnerId == ownerId, ct)
            && !await db.SyncCursors.IgnoreQueryFilters().AnyAsync(c => c.OwnerId == ownerId, ct)) return;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await stories.ForgetOwnerAsync(tenantId, ownerId, ct);
        await EraseOwnedRowsAsync(tenantId, ownerId, ct);
        audit.Record(tenantId, actor, "mailbox.out-of-scope", $"mailbox {ownerId}", "collected data deleted: the mailbox is outside the group in scope");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    // Contacts cascade to details, facts, participants and attendees; the rest is deleted table by table.
    private async Task EraseOwnedRowsAsync(Guid tenantId, Guid ownerId, CancellationToken ct)
    {
        await db.Reports.IgnoreQueryFilters().Where(r => r.TenantId == tenantId && r.OwnerId == ownerId).ExecuteDeleteAsync(ct);
        await db.Interactions.IgnoreQueryFilters().Where(r => r.OwnerId == ownerId).ExecuteDeleteAsync(ct);
        await db.Meetings.IgnoreQueryFilters().Where(r => r.OwnerId == ownerId).ExecuteDeleteAsync(ct);
        await db.Contacts.IgnoreQueryFilters().Where(r => r.OwnerId == ownerId).ExecuteDeleteAsync(ct);
        await db.SyncCursors.IgnoreQueryFilters().Where(r => r.OwnerId == ownerId).ExecuteDeleteAsync(ct);
        await db.MailFolders.IgnoreQueryFilters().Where(r => r.OwnerId == ownerId).ExecuteDeleteAsync(ct);
        // The sync history goes too: its errors are Graph's words about this mailbox.
        await db.SyncRounds.IgnoreQueryFilters().Where(r => r.OwnerId == ownerId).ExecuteDeleteAsync(ct);
        await db.DetailRederivations.IgnoreQueryFilters().Where(r => r.OwnerId == ownerId).ExecuteDeleteAsync(ct);
        await db.MessageCopies.IgnoreQueryFilters().Where(r => r.OwnerId == ownerId).ExecuteDeleteAsync(ct);
        await db.DetailSources.IgnoreQueryFilters().Where(r => r.OwnerId == ownerId).ExecuteDeleteAsync(ct);
    }
}
