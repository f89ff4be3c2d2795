using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Graph.Models;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Mailboxes;
using Contact = OutlookRelations.Server.Storage.Contact;

namespace OutlookRelations.Server.Sync;

/// <summary>Applies one page of calendarView delta: meetings and who attends, no bodies.</summary>
public sealed class MeetingIngest(RelationsDbContext db, ContactDirectory directory)
{
    /// <summary>Stores the page; the contacts whose figures it changed go into <paramref name="changes"/>.</summary>
    public async Task ApplyAsync(MailboxChanges changes, long generation, IReadOnlyList<Event> page, CancellationToken ct)
    {
        var owner = changes.Owner;
        var touched = changes.TouchedContacts;
        // A meeting with anyone excluded is treated as gone, like mail.
        var removed = page.Where(e => DeltaItems.IsRemoved(e) || !IngestPolicy.Collects(owner, People(e).Select(p => p.Address))).Select(e => e.Id!).ToList();
        var live = page.Where(e => !DeltaItems.IsRemoved(e) && e.Id is not null)
            .GroupBy(e => e.Id!, StringComparer.Ordinal).Select(g => g.Last())
            .Where(e => !removed.Contains(e.Id!)).ToList();

        await RemoveAsync(removed, touched, ct);
        if (live.Count == 0) return;

        var contacts = await directory.ResolveAsync(owner, live.SelectMany(People), ct);
        var ids = live.Select(e => e.Id!).ToList();
        var meetings = await db.Meetings.Include(m => m.Attendees).Where(m => ids.Contains(m.GraphId))
            .ToDictionaryAsync(m => m.GraphId, StringComparer.Ordinal, ct);
        foreach (var e in live)
        {
            if (!meetings.TryGetValue(e.Id!, out var meeting))
            {
                meeting = new Meeting { TenantId = owner.TenantId, OwnerId = owner.OwnerId, GraphId = e.Id! };
                db.Meetings.Add(meeting);
                meetings[e.Id!] = meeting;
            }
            touched.UnionWith(meeting.Attendees.Select(a => a.ContactId));
            meeting.Subject = e.Subject is { Length: > 400 } s ? s[..400] : e.Subject ?? "";
            meeting.StartAt = ToUtc(e.Start);
            meeting.EndAt = ToUtc(e.End);
            meeting.IsCancelled = e.IsCancelled == true;
            meeting.OrganizerEmail = e.Organizer?.EmailAddress?.Address?.ToLowerInvariant() ?? "";
            meeting.SeenGeneration = generation;
            meeting.Attendees.Clear();
            foreach (var contact in People(e).Select(p => contacts.GetValueOrDefault(p.Address.Trim().ToLowerInvariant())).OfType<Contact>().Distinct())
            {
                var response = e.Attendees?.FirstOrDefault(a => string.Equals(a.EmailAddress?.Address, contact.Email, StringComparison.OrdinalIgnoreCase))
                    ?.Status?.Response is { } status
                    // Graph's wire value ("declined", "tentativelyAccepted"), not the SDK enum's name.
                    ? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(status.ToString())
                    : "organizer";
                meeting.Attendees.Add(new MeetingAttendee { TenantId = owner.TenantId, OwnerId = owner.OwnerId, Contact = contact, Response = response });
            }
        }
        await db.SaveChangesAsync(ct);
        foreach (var meeting in meetings.Values) touched.UnionWith(meeting.Attendees.Select(a => a.ContactId));
    }

    public async Task RemoveAsync(IReadOnlyCollection<string> graphIds, HashSet<long> touched, CancellationToken ct)
    {
        if (graphIds.Count == 0) return;
        var ids = graphIds.ToList();
        touched.UnionWith(await db.MeetingAttendees
            .Join(db.Meetings.Where(m => ids.Contains(m.GraphId)), a => a.MeetingId, m => m.Id, (a, _) => a.ContactId).ToListAsync(ct));
        await db.Meetings.Where(m => ids.Contains(m.GraphId)).ExecuteDeleteAsync(ct);
    }

    private static IEnumerable<(string Address, string? Name)> People(Event e) =>
        (e.Attendees ?? []).Select(a => a.EmailAddress).Append(e.Organizer?.EmailAddress)
            .Where(a => a?.Address is not null).Select(a => (a!.Address!, a.Name));

    // We ask Graph for UTC (Prefer: outlook.timezone="UTC"); other zones are converted all the same.
    private static DateTimeOffset ToUtc(DateTimeTimeZone? value)
    {
        if (value?.DateTime is null) return DateTimeOffset.UnixEpoch;
        var local = DateTime.Parse(value.DateTime, CultureInfo.InvariantCulture, DateTimeStyles.None);
        var zone = value.TimeZone is null or "UTC" or "Etc/UTC" ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(value.TimeZone);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone), TimeSpan.Zero);
    }
}
