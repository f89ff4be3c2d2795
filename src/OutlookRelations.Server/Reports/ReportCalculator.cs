using Microsoft.EntityFrameworkCore;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Remembering;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Details;
using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Reports;

/// <summary>
/// Measures every relationship of the audience for the period and the one before it, then groups
/// them by person and by organisation. Talking points are the memory engine's best opener, for the
/// requester's own relationships, and for everyone's only if the tenant's admins allow it.
/// </summary>
public sealed class ReportCalculator(RelationsDbContext db, PairHistories histories, Stories.PackStories stories, TimeProvider time)
{
    public async Task<ReportData> CalculateAsync(ReportSpec spec, ReportAudience.Audience audience, Guid tenantId, Guid requesterId,
        Func<int, string, Task> progress, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var ownerIds = audience.Owners.Select(o => o.Id).ToList();
        await progress(5, "Reading mail and meeting metadata");
        var loaded = await histories.LoadAsync(tenantId, ownerIds, ct);
        var contacts = await db.Contacts.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.TenantId == tenantId && ownerIds.Contains(c.OwnerId))
            .Select(c => new { c.Id, c.Email, c.DisplayName, c.Organisation }).ToListAsync(ct);
        var domain = await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.Domain).SingleAsync(ct);
        // Other people's remembered details reach a report only when the tenant's admins allow it.
        var shareTalkingPoints = await db.TenantSettings.AsNoTracking().AnyAsync(s => s.TenantId == tenantId && s.ReportsIncludeTalkingPoints, ct);
        var talkingPoints = await TalkingPointsAsync(shareTalkingPoints ? ownerIds : [requesterId], now, ct);
        var (from, to) = (spec.Period.From, spec.Period.To < now ? spec.Period.To : now);
        var automated = await db.Interactions.IgnoreQueryFilters()
            .CountAsync(i => i.TenantId == tenantId && ownerIds.Contains(i.OwnerId) && i.IsAutomated && i.SentAt >= from && i.SentAt < to, ct);
        var data = await AssembleAsync(spec, audience.Title, now,
            [.. audience.Owners.Select(o => new ReportPerson(o.Id, o.Email, o.DisplayName))],
            contacts.ToDictionary(c => c.Id, c => new ReportContact(c.Email, c.DisplayName, c.Organisation ?? Domain(c.Email), TenantDomain.IsColleague(c.Email, domain))),
            loaded, shareTalkingPoints ? null : requesterId, talkingPoints, progress);
        var feedback = await FeedbackAsync(tenantId, ownerIds, shareTalkingPoints ? null : requesterId, domain, spec.Period, ct);
        var shared = await stories.ForAudienceAsync(tenantId, audience.Owners.ToDictionary(o => o.Id, o => o.DisplayName), loaded, spec.Period, now, domain, ct);
        return data with { AutomatedMessages = automated, Feedback = CustomerFeedback.Of(feedback, spec.Period), Stories = shared };
    }

    public sealed record ReportPerson(Guid Id, string Email, string Name);
    public sealed record ReportContact(string Email, string Name, string Organisation, bool Colleague = false);

    /// <summary>
    /// The pure part: measures each relationship for the period and the one before, then groups by
    /// person and organisation. No database, so the benchmark runs exactly this on a generated tenant.
    /// </summary>
    public static async Task<ReportData> AssembleAsync(ReportSpec spec, string title, DateTimeOffset now,
        IReadOnlyList<ReportPerson> people, IReadOnlyDictionary<long, ReportContact> contacts, IReadOnlyList<PairHistory> histories,
        Guid? talkingPointsOnlyFor, IReadOnlyDictionary<long, string> talkingPoints, Func<int, string, Task> progress)
    {
        var owners = people.ToDictionary(p => p.Id);
        var rows = new List<RelationshipRow>(histories.Count);
        for (var i = 0; i < histories.Count; i++)
        {
            var history = histories[i];
            var contact = contacts[history.ContactId];
            var owner = owners[history.OwnerId];
            rows.Add(new RelationshipRow(owner.Email, owner.Name, contact.Email, contact.Name, contact.Organisation,
                RelationshipMetrics.Compute(history, spec.Period, now), RelationshipMetrics.Compute(history, spec.Period.Previous, now),
                talkingPointsOnlyFor is null || history.OwnerId == talkingPointsOnlyFor ? talkingPoints.GetValueOrDefault(history.ContactId) : null,
                contact.Colleague));
            if (i % 2000 == 1999) await progress(10 + 50 * i / histories.Count, $"Measured {i + 1:N0} of {histories.Count:N0} relationships");
        }
        await progress(60, "Adding up people, organisations and weeks");
        var measured = rows.Where(r => r.Now.Messages + r.Now.Meetings + r.Before.Messages + r.Before.Meetings > 0 || r.Now.Dormant).ToList();
        // The pack is about customers: colleagues count in no figure and come after customers on every list.
        var customers = measured.Where(r => !r.Colleague).ToList();
        var colleagues = measured.Where(r => r.Colleague).ToList();
        var customerHistories = histories.Where(h => !contacts[h.ContactId].Colleague).ToList();
        var byOwner = customers.ToLookup(r => r.OwnerEmail);
        IEnumerable<RelationshipRow> Relationships(List<RelationshipRow> list) =>
            list.OrderBy(r => r.OwnerEmail, StringComparer.Ordinal).ThenByDescending(r => r.Now.Messages).ThenBy(r => r.ContactEmail, StringComparer.Ordinal);
        // A colleague's organisation is the tenant's own: its key column says so instead of repeating the name.
        IEnumerable<GroupRow> Organisations(List<RelationshipRow> list) =>
            list.GroupBy(r => r.Organisation).Select(g => Group(g.Key, g.First().Colleague ? "your colleagues" : g.Key, g)).OrderByDescending(g => g.Now.Messages).ThenBy(g => g.Name, StringComparer.Ordinal);
        IEnumerable<RelationshipRow> Dormant(List<RelationshipRow> list) =>
            list.Where(r => r.Now.Dormant).OrderByDescending(r => r.Now.Strength).ThenBy(r => r.ContactEmail, StringComparer.Ordinal);
        return new ReportData(spec, title, now,
            Group(title, "", customers),
            [.. people.Select(p => Group(p.Name, p.Email, byOwner[p.Email]))],
            [.. Relationships(customers), .. Relationships(colleagues)],
            [.. Organisations(customers), .. Organisations(colleagues)],
            WeeklyTrends.Of(customerHistories, spec.Period, now),
            [.. Dormant(customers), .. Dormant(colleagues)],
            SmallTalkCase.Of(customerHistories, spec.Period, now, [.. rows.Where(r => !r.Colleague).Select(r => r.Now)]))
        {
            Colleagues = colleagues.Count == 0 ? null : Group("Colleagues", "", colleagues),
        };
    }

    private static GroupRow Group(string name, string key, IEnumerable<RelationshipRow> rows)
    {
        var list = rows.ToList();
        return new GroupRow(name, key, MetricTotals.Of(list.Select(r => r.Now)), MetricTotals.Of(list.Select(r => r.Before)));
    }

    private static string Domain(string email) => email[(email.IndexOf('@') + 1)..];

    /// <summary>Feedback remembered from customers of these owners, never a sensitive or dismissed one.</summary>
    private async Task<List<FeedbackMention>> FeedbackAsync(Guid tenantId, List<Guid> ownerIds, Guid? quoteOnlyFor, string domain, ReportPeriod period, CancellationToken ct)
    {
        var since = period.Previous.From;
        var rows = await db.ContactDetails.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.TenantId == tenantId && ownerIds.Contains(d.OwnerId) && d.Kind == ArtifactKind.Feedback && !d.Sensitive
                && (d.Status == DetailStatus.Active || d.Status == DetailStatus.Confirmed) && d.LastMentionedAt >= since && d.LastMentionedAt < period.To)
            .Select(d => new { d.OwnerId, d.LastMentionedAt, d.Evidence, d.Summary, d.Contact!.Email, d.Contact.Organisation })
            .ToListAsync(ct);
        return [.. rows.Where(r => !TenantDomain.IsColleague(r.Email, domain))
            .Select(r => new FeedbackMention(r.Organisation ?? Domain(r.Email), r.LastMentionedAt, r.Evidence, r.Summary, quoteOnlyFor is null || r.OwnerId == quoteOnlyFor))];
    }

    /// <summary>The best opener per contact of these owners, never a sensitive one.</summary>
    private async Task<Dictionary<long, string>> TalkingPointsAsync(IReadOnlyCollection<Guid> ownerIds, DateTimeOffset now, CancellationToken ct)
    {
        var owners = ownerIds.ToList();
        var details = await db.ContactDetails.IgnoreQueryFilters().AsNoTracking()
            .Where(d => owners.Contains(d.OwnerId) && !d.Sensitive && (d.Status == DetailStatus.Active || d.Status == DetailStatus.Confirmed))
            .ToListAsync(ct);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return details.GroupBy(d => d.ContactId)
            .Select(g => (g.Key, Best: DetailRanking.ForCard(g, today, null).Details.FirstOrDefault()))
            .Where(x => x.Best is not null)
            .ToDictionary(x => x.Key, x => x.Best!.Summary);
    }
}
