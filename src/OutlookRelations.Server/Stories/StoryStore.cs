using Microsoft.EntityFrameworkCore;
using OutlookRelations.Memory.Remembering;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Stories;

/// <summary>
/// Sharing and withdrawing, in the signed-in owner's scope (the query filters make another
/// person's detail or story look like one that does not exist). Withdrawing, dismissing the detail
/// and erasure all go through <see cref="ForgetAsync"/>, which deletes every stored report that
/// showed the story along with it.
/// </summary>
public sealed class StoryStore(RelationsDbContext db, TimeProvider time)
{
    public sealed record StoryView(Guid Id, long DetailId, string ContactEmail, string ContactName, string Summary, string Evidence, string? Note,
        DateTimeOffset HappenedAt, DateTimeOffset SharedAt);

    public enum Outcome { Shared, AlreadyShared, NoSuchDetail, Sensitive }

    /// <summary>The marker a report carries for each story it shows (see <see cref="Report.SharedStories"/>).</summary>
    public static string Marker(Guid storyId) => $"[{storyId:N}]";

    public async Task<IReadOnlyList<StoryView>> MineAsync(CancellationToken ct) =>
        await Views(db.SharedStories.AsNoTracking().OrderByDescending(s => s.SharedAt)).ToListAsync(ct);

    /// <summary>The ids of the owner's stories, so work that deletes details by cascade can find which stories went with them.</summary>
    public async Task<HashSet<Guid>> IdsAsync(CancellationToken ct) => [.. await db.SharedStories.Select(s => s.Id).ToListAsync(ct)];

    public async Task<(Outcome, StoryView?)> ShareAsync(long detailId, string? note, CancellationToken ct)
    {
        var detail = await db.ContactDetails.SingleOrDefaultAsync(d => d.Id == detailId && (d.Status == DetailStatus.Active || d.Status == DetailStatus.Confirmed), ct);
        if (detail is null) return (Outcome.NoSuchDetail, null);
        // Sensitive details (health, bereavement …) never reach a report, shared or not.
        if (detail.Sensitive) return (Outcome.Sensitive, null);
        if (await db.SharedStories.AnyAsync(s => s.DetailId == detailId, ct))
            return (Outcome.AlreadyShared, await Views(db.SharedStories.AsNoTracking().Where(s => s.DetailId == detailId)).SingleAsync(ct));
        var source = detail.SourceMessageId == "" ? null
            : await db.Interactions.AsNoTracking().Where(i => i.InternetMessageId == detail.SourceMessageId).Select(i => new { i.ConversationId, i.SentAt }).FirstOrDefaultAsync(ct);
        var now = time.GetUtcNow();
        var story = new SharedStory
        {
            Id = Guid.NewGuid(), TenantId = detail.TenantId, OwnerId = detail.OwnerId, DetailId = detail.Id,
            ConversationId = string.IsNullOrEmpty(source?.ConversationId) ? null : source.ConversationId,
            HappenedAt = source?.SentAt ?? detail.FirstMentionedAt, SharedAt = now, Note = note,
        };
        // Sharing vouches for the detail: the memory engine never re-derives it away from under the story.
        detail.Status = DetailStatus.Confirmed;
        detail.UpdatedAt = now;
        db.SharedStories.Add(story);
        await db.SaveChangesAsync(ct);
        return (Outcome.Shared, await Views(db.SharedStories.AsNoTracking().Where(s => s.Id == story.Id)).SingleAsync(ct));
    }

    /// <summary>Withdraws one of the owner's stories; false when there is none with this id (or it is someone else's).</summary>
    public async Task<bool> WithdrawAsync(Guid id, CancellationToken ct)
    {
        var story = await db.SharedStories.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.Id, s.TenantId }).SingleOrDefaultAsync(ct);
        if (story is null) return false;
        await ForgetAsync(story.TenantId, [story.Id], ct);
        return true;
    }

    /// <summary>Forgets the stories told from these details (the detail was dismissed or erased).</summary>
    public async Task ForgetDetailsAsync(Guid tenantId, IReadOnlyCollection<long> detailIds, CancellationToken ct)
    {
        var details = detailIds.ToList();
        var ids = await db.SharedStories.IgnoreQueryFilters().Where(s => s.TenantId == tenantId && details.Contains(s.DetailId)).Select(s => s.Id).ToListAsync(ct);
        await ForgetAsync(tenantId, ids, ct);
    }

    /// <summary>Forgets every story one mailbox shared (its erasure).</summary>
    public async Task ForgetOwnerAsync(Guid tenantId, Guid ownerId, CancellationToken ct)
    {
        var ids = await db.SharedStories.IgnoreQueryFilters().Where(s => s.TenantId == tenantId && s.OwnerId == ownerId).Select(s => s.Id).ToListAsync(ct);
        await ForgetAsync(tenantId, ids, ct);
    }

    /// <summary>
    /// Deletes the stories and every stored report, anyone's, that shows one of them: a withdrawn
    /// story must not stay in a file a manager can still download. The report goes whole, as
    /// erasure does; whoever asked for it can build it again, without the story.
    /// </summary>
    public async Task ForgetAsync(Guid tenantId, IReadOnlyCollection<Guid> storyIds, CancellationToken ct)
    {
        if (storyIds.Count == 0) return;
        foreach (var id in storyIds)
        {
            var marker = Marker(id);
            await db.Reports.IgnoreQueryFilters().Where(r => r.TenantId == tenantId && r.SharedStories.Contains(marker)).ExecuteDeleteAsync(ct);
        }
        var ids = storyIds.ToList();
        await db.SharedStories.IgnoreQueryFilters().Where(s => s.TenantId == tenantId && ids.Contains(s.Id)).ExecuteDeleteAsync(ct);
    }

    /// <summary>
    /// Deletes every stored report that shows a story no longer stored: for work that deletes
    /// details by cascade without knowing which stories went with them (a contact removed whole).
    /// Reads only the tenant's reports that show stories; returns how many reports went.
    /// </summary>
    public async Task<int> ForgetReportsOfGoneStoriesAsync(Guid tenantId, CancellationToken ct)
    {
        var showing = await db.Reports.IgnoreQueryFilters().Where(r => r.TenantId == tenantId && r.SharedStories != "")
            .Select(r => new { r.Id, r.SharedStories }).ToListAsync(ct);
        if (showing.Count == 0) return 0;
        var stored = (await db.SharedStories.IgnoreQueryFilters().Where(s => s.TenantId == tenantId).Select(s => s.Id).ToListAsync(ct))
            .Select(Marker).ToHashSet(StringComparer.Ordinal);
        List<Guid> stale = [.. showing.Where(r => Markers(r.SharedStories).Any(m => !stored.Contains(m))).Select(r => r.Id)];
        if (stale.Count == 0) return 0;
        return await db.Reports.IgnoreQueryFilters().Where(r => r.TenantId == tenantId && stale.Contains(r.Id)).ExecuteDeleteAsync(ct);
    }

    // A report's markers, one after another, each as long as Marker makes them.
    private static IEnumerable<string> Markers(string shown)
    {
        var length = Marker(Guid.Empty).Length;
        for (var at = 0; at + length <= shown.Length; at += length) yield return shown.Substring(at, length);
    }

    private static IQueryable<StoryView> Views(IQueryable<SharedStory> stories) => stories.Select(s => new StoryView(
        s.Id, s.DetailId, s.Detail!.Contact!.Email, s.Detail.Contact.DisplayName, s.Detail.Summary, s.Detail.Evidence, s.Note, s.HappenedAt, s.SharedAt));
}
