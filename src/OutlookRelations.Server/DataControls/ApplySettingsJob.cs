using Hangfire;
using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Details;
using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Jobs;
using OutlookRelations.Server.Mailboxes;

namespace OutlookRelations.Server.DataControls;

/// <summary>
/// Brings stored data in line with the tenant's settings: mail and meetings with excluded people
/// and the people themselves are deleted, details of disabled (or sensitive) kinds deleted, and what
/// is older than the retention periods deleted; in metadata-only mode everything read from message
/// text goes (details found in mail, the questions mail asked). Runs after every settings change and daily.
/// </summary>
public sealed class ApplySettingsJob(RelationsDbContext db, IServiceScopeFactory scopes, MailboxScope mailboxScope, Erasure erasure)
{
    public const string DailyId = "apply-data-controls";

    [Queue(JobQueues.Housekeeping)]
    [AutomaticRetry(Attempts = 2)]
    public async Task ApplyAllAsync(CancellationToken ct)
    {
        foreach (var tenant in await db.Tenants.AsNoTracking().Select(t => t.Id).ToListAsync(ct)) await ApplyAsync(tenant, ct);
    }

    [Queue(JobQueues.Housekeeping)]
    [AutomaticRetry(Attempts = 2)]
    public async Task ApplyAsync(Guid tenantId, CancellationToken ct)
    {
        var settings = await db.TenantSettings.AsNoTracking().SingleOrDefaultAsync(s => s.TenantId == tenantId, ct);
        var policy = settings is null ? DataPolicy.Default : new DataPolicy(settings);
        var members = policy.MailboxGroupId is { } group ? await mailboxScope.MembersAsync(tenantId, group, ct) : null;
        foreach (var owner in await db.Owners.AsNoTracking().Where(o => o.TenantId == tenantId).Select(o => new { o.Id, o.GraphUserId }).ToListAsync(ct))
        {
            // A mailbox outside the group in scope keeps nothing collected.
            if (members is not null && !members.Contains(owner.GraphUserId))
            {
                await erasure.ClearCollectedAsync(tenantId, owner.Id, "data controls", ct);
                continue;
            }
            // One DI scope per mailbox: a data scope never switches owners.
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<MailboxCleanup>().ApplyAsync(tenantId, owner.Id, policy, ct);
        }
    }
}

/// <summary>The tenant's data controls applied to one mailbox's stored rows, in one transaction.</summary>
public sealed class MailboxCleanup(RelationsDbContext db, DetailStore details, Stories.StoryStore stories, ContactStats stats, EngagementFacts engagement, TimeProvider time, ILogger<MailboxCleanup> logger)
{
    public async Task ApplyAsync(Guid tenantId, Guid ownerId, DataPolicy policy, CancellationToken ct)
    {
        db.Scope.Enter(tenantId, ownerId);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var touched = await ApplyToMailboxAsync(policy, ct);
        await stats.RecomputeAsync(touched, ct);
        await engagement.RecomputeAsync(touched, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private async Task<HashSet<long>> ApplyToMailboxAsync(DataPolicy policy, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var touched = new HashSet<long>();
        // Stories go by cascade with their details, whichever rule below removes them; their stored reports go after.
        var storiesBefore = await stories.IdsAsync(ct);

        // People who are excluded: their contact rows go, and with them (by cascade) their details and facts.
        var contacts = await db.Contacts.Select(c => new { c.Id, c.Email }).ToListAsync(ct);
        var excluded = contacts.Where(c => policy.Excludes(c.Email)).Select(c => c.Id).ToList();
        var messages = await db.InteractionParticipants.Where(p => excluded.Contains(p.ContactId)).Select(p => p.InteractionId).Distinct().ToListAsync(ct);
        var meetings = await db.MeetingAttendees.Where(a => excluded.Contains(a.ContactId)).Select(a => a.MeetingId).Distinct().ToListAsync(ct);
        if (policy.InteractionRetention is { } keep)
        {
            var cutoff = now - keep;
            messages.AddRange(await db.Interactions.Where(i => i.SentAt < cutoff).Select(i => i.Id).ToListAsync(ct));
            meetings.AddRange(await db.Meetings.Where(m => m.EndAt < cutoff).Select(m => m.Id).ToListAsync(ct));
        }
        touched.UnionWith(await db.InteractionParticipants.Where(p => messages.Contains(p.InteractionId)).Select(p => p.ContactId).ToListAsync(ct));
        touched.UnionWith(await db.MeetingAttendees.Where(a => meetings.Contains(a.MeetingId)).Select(a => a.ContactId).ToListAsync(ct));
        await details.ForgetAsync(await db.Interactions.Where(i => messages.Contains(i.Id)).Select(i => i.InternetMessageId).ToListAsync(ct), ct);
        var removedMessages = await db.Interactions.Where(i => messages.Contains(i.Id)).ExecuteDeleteAsync(ct);
        var removedMeetings = await db.Meetings.Where(m => meetings.Contains(m.Id)).ExecuteDeleteAsync(ct);
        var removedPeople = await db.Contacts.Where(c => excluded.Contains(c.Id)).ExecuteDeleteAsync(ct);

        // Details the tenant no longer collects, and those past their retention (hand-written notes are the owner's own).
        var disabled = policy.DisabledKinds.ToList();
        var detailCutoff = policy.DetailRetention is { } detailKeep ? now - detailKeep : DateTimeOffset.MinValue;
        var goingDetails = db.ContactDetails.Where(d =>
            (d.Kind != null && disabled.Contains(d.Kind.Value))
            || (d.Sensitive && !policy.CollectSensitive)
            || (d.Origin == DetailOrigin.Extracted && policy.MetadataOnly)
            || (d.Origin == DetailOrigin.Extracted && d.LastMentionedAt < detailCutoff));
        touched.UnionWith(await goingDetails.Select(d => d.ContactId).ToListAsync(ct));
        var removedDetails = await goingDetails.ExecuteDeleteAsync(ct);

        // Metadata-only mode keeps who wrote to whom and when, and nothing the text of a message said.
        var removedQuestions = policy.MetadataOnly
            ? await db.Interactions.Where(i => i.Question != null).ExecuteUpdateAsync(s => s.SetProperty(i => i.Question, (string?)null), ct)
            : 0;

        await stories.ForgetAsync(db.Scope.TenantId, [.. storiesBefore.Except(await stories.IdsAsync(ct))], ct);
        touched.ExceptWith(excluded);
        if (removedMessages + removedMeetings + removedPeople + removedDetails + removedQuestions > 0)
            logger.LogInformation("Data controls removed {Messages} messages, {Meetings} meetings, {People} people, {Details} details and {Questions} questions from mailbox {Owner}",
                removedMessages, removedMeetings, removedPeople, removedDetails, removedQuestions, db.Scope.OwnerId);
        return touched;
    }
}
