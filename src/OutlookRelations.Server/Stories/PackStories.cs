using Microsoft.EntityFrameworkCore;
using OutlookRelations.Memory.Remembering;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Stories;

/// <summary>One shared story as a pack shows it: who, with whom, the small talk, and what came of it.</summary>
public sealed record StoryRow(
    Guid StoryId, string SharedBy, string ContactName, string ContactEmail, string Organisation, bool Colleague,
    string SmallTalk, string Evidence, string? Note, DateTimeOffset HappenedAt, DateTimeOffset SharedAt, StoryOutcome Outcome);

/// <summary>
/// The stories a pack may show: those the audience's people shared themselves, while the detail is
/// still remembered (not dismissed, never a sensitive one), and only if the tenant allows stories in
/// reports. Someone who never shared is in none of them.
/// </summary>
public sealed class PackStories(RelationsDbContext db)
{
    public async Task<IReadOnlyList<StoryRow>> ForAudienceAsync(Guid tenantId, IReadOnlyDictionary<Guid, string> people, IReadOnlyList<PairHistory> histories,
        ReportPeriod period, DateTimeOffset now, string domain, CancellationToken ct)
    {
        if (!await AllowedAsync(tenantId, ct)) return [];
        var owners = people.Keys.ToList();
        var asOf = period.To < now ? period.To : now;
        var rows = await db.SharedStories.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.TenantId == tenantId && owners.Contains(s.OwnerId))
            .Where(s => !s.Detail!.Sensitive && (s.Detail.Status == DetailStatus.Active || s.Detail.Status == DetailStatus.Confirmed))
            .Select(s => new { s.Id, s.OwnerId, s.ConversationId, s.HappenedAt, s.SharedAt, s.Note, s.Detail!.ContactId, s.Detail.Summary, s.Detail.Evidence,
                s.Detail.Contact!.Email, s.Detail.Contact.DisplayName, s.Detail.Contact.Organisation })
            .ToListAsync(ct);
        var byPair = histories.ToDictionary(h => (h.OwnerId, h.ContactId));
        return [.. rows
            .Select(s => new StoryRow(s.Id, people[s.OwnerId], s.DisplayName, s.Email, s.Organisation ?? s.Email[(s.Email.IndexOf('@') + 1)..],
                TenantDomain.IsColleague(s.Email, domain), s.Summary, s.Evidence, s.Note, s.HappenedAt, s.SharedAt,
                StoryOutcome.Of(byPair.GetValueOrDefault((s.OwnerId, s.ContactId)), s.ConversationId, s.HappenedAt, asOf, period.Zone)))];
    }

    /// <summary>Of these stories, the ones still shared now: a story withdrawn while a report was measured stays out of it.</summary>
    public async Task<HashSet<Guid>> StillSharedAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var list = ids.ToList();
        return list.Count == 0 ? [] : [.. await db.SharedStories.IgnoreQueryFilters().Where(s => list.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct)];
    }

    /// <summary>A tenant without settings gets the default: allowed.</summary>
    public async Task<bool> AllowedAsync(Guid tenantId, CancellationToken ct) =>
        !await db.TenantSettings.AsNoTracking().AnyAsync(s => s.TenantId == tenantId && !s.StoriesInReports, ct);
}
