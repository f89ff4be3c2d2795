using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Sidebar;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Meetings;

/// <summary>GET /api/meetings/{id}/brief, where id is the event's Graph (REST) id: what Outlook's pane has on a calendar item.</summary>
public static class MeetingBriefApi
{
    public static RouteGroupBuilder MapMeetings(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/meetings").RequireAuthorization().RequireRateLimiting(SidebarConcurrency.Policy).WithTags("Meetings");
        group.MapGet("/{id}/brief", Brief);
        return group;
    }

    // Someone else's meeting is not found, like one that does not exist (query filters pin the owner).
    private static async Task<Results<Ok<MeetingBrief>, NotFound>> Brief(string id, RelationsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.Attendees).ThenInclude(a => a.Contact).SingleOrDefaultAsync(m => m.GraphId == id, ct);
        if (meeting is null) return TypedResults.NotFound();
        var domain = await db.Tenants.Where(t => t.Id == db.Scope.TenantId).Select(t => t.Domain).SingleAsync(ct);
        var people = meeting.Attendees.Select(a => a.Contact!).DistinctBy(c => c.Id).ToList();
        var outsiders = people.Where(c => !TenantDomain.IsColleague(c.Email, domain)).ToList();
        var cards = await CardBuilder.BuildAsync(db, [.. outsiders.Select(c => new Recipient(c.Email, true))], time.GetUtcNow(), ct);
        return TypedResults.Ok(new MeetingBrief(meeting.GraphId, meeting.Subject, meeting.StartAt, meeting.EndAt, meeting.IsCancelled,
            [.. cards.Select(c => new BriefAttendee(c, c.MessagesToContact + c.MessagesFromContact == 0))],
            [.. people.Except(outsiders).Select(c => new PersonView(c.Email, c.DisplayName))]));
    }
}
