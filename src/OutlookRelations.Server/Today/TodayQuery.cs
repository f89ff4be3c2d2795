using Microsoft.EntityFrameworkCore;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Remembering;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Details;
using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Serendipity;
using OutlookRelations.Server.Sidebar;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Today;

/// <summary>
/// Reads the signed-in owner's rows (query filters pin them) into <see cref="TodayView"/>. What was
/// acted on drops out by itself: a reply sent closes "reply owed", a note to someone resets their
/// silence and answers "how did it go?", a dismissed detail is never read.
/// </summary>
public sealed class TodayQuery(RelationsDbContext db, PairHistories histories, NewsConnections news, TimeProvider time)
{
    /// <summary>Unanswered questions older than this are stale, not owed.</summary>
    public const int RepliesWithinDays = 14;
    /// <summary>The strongest quiet relationships considered: a bound on the cadence work.</summary>
    public const int QuietCandidates = 200;

    private TimeZoneInfo _zone = TimeZoneInfo.Utc;

    public async Task<TodayView> BuildAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        // The owner's own calendar day (Graph mailboxSettings), not the server's.
        _zone = OwnerZone.Of(await db.Owners.Where(o => o.Id == db.Scope.OwnerId).Select(o => o.TimeZone).SingleOrDefaultAsync(ct));
        var today = OwnerZone.Today(now, _zone);
        var dated = await DatedAsync(today, now, ct);
        return new TodayView(today,
            dated.Dates, dated.JustOver, dated.Promises,
            await RepliesOwedAsync(now, ct), await GoneQuietAsync(now, today, ct), await TomorrowsMeetingsAsync(today, ct),
            [.. (await news.FindAsync(ct)).Take(TodayView.PerList)]);
    }

    private async Task<(List<TodayItem> Dates, List<TodayItem> JustOver, List<TodayItem> Promises)> DatedAsync(DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await db.ContactDetails.Include(d => d.Contact)
            .Where(d => d.Status == DetailStatus.Active || d.Status == DetailStatus.Confirmed)
            .Where(d => d.Date != null || d.Kind == ArtifactKind.Commitment)
            .ToListAsync(ct);
        var dates = new List<(TodayItem Item, int Days)>();
        var over = new List<(TodayItem Item, int Days)>();
        var promises = new List<(TodayItem Item, int Days)>();
        foreach (var byContact in rows.GroupBy(d => d.Contact!))
        {
            var c = byContact.Key;
            var (details, owed) = DetailRanking.ForCard(byContact, today, c.LastMessageToContactAt);
            var name = OpenerView.FirstName(c.DisplayName);
            foreach (var d in details)
            {
                if (d.Freshness is { State: "upcoming", DaysAway: { } ahead } && ahead <= TodayView.WindowDays)
                    dates.Add((ItemFor(c, Opener(c, d, now), d), ahead));
                else if (d.Freshness is { State: "justPassed", DaysAway: { } ago } && ago >= -TodayView.WindowDays)
                    over.Add((ItemFor(c, Opener(c, d, now), d), -ago));
            }
            foreach (var d in owed.ByYou.Concat(owed.ByThem))
            {
                var due = d.Freshness.DaysAway;
                if (d.Freshness.State != "overdue" && !(d.Freshness.State == "upcoming" && due <= 1)) continue;
                var whose = owed.ByYou.Contains(d) ? $"You promised {name}" : $"{name} promised you";
                var when = d.Freshness.State == "overdue" ? "overdue" : due == 0 ? "due today" : "due tomorrow";
                promises.Add((ItemFor(c, $"{whose}: “{d.Summary}” ({when}).", d), due ?? 0));
            }
        }
        return (Top(dates), Top(over), Top(promises));
    }

    // The sidebar's words for one dated detail: "Wish Carla a happy birthday on 25 November (in 5 days)."
    private string Opener(Contact c, DetailView d, DateTimeOffset now) =>
        OpenerView.Choose(c.DisplayName, [d], new PromisesView([], []), [], new RhythmView(null, null, false, 0, 0, 0), [], now, _zone)?.Text
        ?? d.Summary;

    // Their latest message in a thread you have not written in since, when it asked you something.
    private async Task<List<TodayItem>> RepliesOwedAsync(DateTimeOffset now, CancellationToken ct)
    {
        var since = now.AddDays(-RepliesWithinDays);
        var owed = await (
            from i in db.Interactions
            where i.Direction == Direction.Incoming && i.SentAt >= since && i.Question != null
                  && !db.Interactions.Any(o => o.ConversationId == i.ConversationId && i.ConversationId != "" && o.Direction == Direction.Outgoing && o.SentAt > i.SentAt)
            join p in db.InteractionParticipants on i.Id equals p.InteractionId
            where p.Role == ParticipantRole.From
            select new { p.Contact, i.Subject, i.Question, i.SentAt, i.ConversationId }).ToListAsync(ct);
        return [.. owed.OrderByDescending(x => x.SentAt).DistinctBy(x => x.Contact!.Id)
            .Select(x => Item(x.Contact!, $"Answer {OpenerView.FirstName(x.Contact!.DisplayName)}'s question about “{x.Subject}”: “{x.Question}”", null, x.SentAt))
            .Take(TodayView.PerList)];
    }

    // Two-way relationships, strongest first, silent for longer than their own usual gap (Engagement's rule).
    private async Task<List<TodayItem>> GoneQuietAsync(DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var quietSince = now - Cadence.MinimumDormancy;
        var candidates = await db.Contacts
            .Where(c => c.LastContactAt < quietSince && c.MessagesToContact > 0 && c.MessagesFromContact > 0)
            .OrderByDescending(c => c.StrengthLog).Take(QuietCandidates).ToListAsync(ct);
        if (candidates.Count == 0) return [];
        var ids = candidates.Select(c => c.Id).ToList();
        var history = (await histories.LoadAsync(db.Scope.TenantId, [db.Scope.OwnerId], ct, ids)).ToDictionary(h => h.ContactId);
        var quiet = candidates
            .Select(c => (Contact: c, Rhythm: RhythmView.Of(history.TryGetValue(c.Id, out var h) ? YearOfContact.From(h, now) : null, c.LastContactAt, now, _zone)))
            .Where(x => x.Rhythm.QuietLongerThanUsual)
            .OrderByDescending(x => RelationshipStrength.At(x.Contact.StrengthLog, now))
            .Take(TodayView.PerList).ToList();
        if (quiet.Count == 0) return [];
        var quietIds = quiet.Select(x => x.Contact.Id).ToList();
        var details = (await db.ContactDetails.Where(d => quietIds.Contains(d.ContactId) && (d.Status == DetailStatus.Active || d.Status == DetailStatus.Confirmed))
            .ToListAsync(ct)).ToLookup(d => d.ContactId);
        // At most PerList contacts: one short index read each (the newest end of (ContactId, SentAt)).
        var lastSubjects = new Dictionary<long, RecentSubject>();
        foreach (var id in quietIds)
        {
            var last = await db.InteractionParticipants.Where(p => p.ContactId == id).OrderByDescending(p => p.SentAt)
                .Select(p => new { p.Interaction!.Subject, p.SentAt }).FirstOrDefaultAsync(ct);
            if (last is not null) lastSubjects[id] = new RecentSubject(last.Subject, last.SentAt, "");
        }
        return [.. quiet.Select(x =>
        {
            var (shown, promises) = DetailRanking.ForCard(details[x.Contact.Id], today, x.Contact.LastMessageToContactAt);
            RecentSubject[] recent = lastSubjects.TryGetValue(x.Contact.Id, out var last) ? [last] : [];
            var opener = OpenerView.Choose(x.Contact.DisplayName, shown, promises, [], x.Rhythm, recent, now, _zone);
            return Item(x.Contact, opener?.Text ?? $"It has been {OpenerView.Span(x.Rhythm.DaysSinceContact ?? 0)} since you last talked.", opener?.DetailId, x.Contact.LastContactAt);
        })];
    }

    // Tomorrow on the owner's calendar, with the people from outside the tenant.
    private async Task<List<TodayMeeting>> TomorrowsMeetingsAsync(DateOnly today, CancellationToken ct)
    {
        var start = Midnight(today.AddDays(1));
        var end = Midnight(today.AddDays(2));
        var domain = await db.Tenants.Where(t => t.Id == db.Scope.TenantId).Select(t => t.Domain).SingleAsync(ct);
        var meetings = await db.Meetings.Include(m => m.Attendees).ThenInclude(a => a.Contact)
            .Where(m => !m.IsCancelled && m.StartAt >= start && m.StartAt < end).OrderBy(m => m.StartAt).ToListAsync(ct);
        return [.. meetings
            .Select(m => new TodayMeeting(m.GraphId, m.Subject, m.StartAt, [.. m.Attendees.Select(a => a.Contact!)
                .Where(c => !TenantDomain.IsColleague(c.Email, domain)).Select(c => new PersonView(c.Email, c.DisplayName))]))
            .Where(m => m.Outsiders.Count > 0)];
    }

    private DateTimeOffset Midnight(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }

    private static TodayItem ItemFor(Contact c, string text, DetailView d) => Item(c, text, d.Id, d.MentionedAt);

    private static TodayItem Item(Contact c, string text, long? detailId, DateTimeOffset? at) =>
        new(c.Email, c.DisplayName, c.Organisation, text, detailId, at);

    private static List<TodayItem> Top(List<(TodayItem Item, int Days)> items) =>
        [.. items.OrderBy(x => x.Days).Select(x => x.Item).Take(TodayView.PerList)];
}
