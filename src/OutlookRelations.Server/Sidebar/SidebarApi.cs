using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sidebar;

/// <summary>GET /api/sidebar?recipients=…: one card per recipient, in the order asked.</summary>
public static class SidebarApi
{
    private const int RecentSubjects = 3;

    public static RouteGroupBuilder MapSidebar(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sidebar").RequireAuthorization().WithTags("Sidebar");
        group.MapGet("/", Cards);
        return group;
    }

    public sealed record RecentSubject(string Subject, DateTimeOffset SentAt, string Direction);

    /// <summary>A recipient we have never exchanged mail with gets Known = false and empty figures.</summary>
    public sealed record Card(
        string Email, bool Known, string DisplayName, string? Organisation,
        DateTimeOffset? FirstContactAt, DateTimeOffset? LastContactAt,
        int MessagesToContact, int MessagesFromContact, int MeetingsTogether, double Strength,
        IReadOnlyList<RecentSubject> RecentSubjects);

    public sealed record SidebarResponse(IReadOnlyList<Card> Cards);

    private static async Task<Results<Ok<SidebarResponse>, ProblemHttpResult>> Cards(
        RelationsDbContext db, TimeProvider time, string? recipients, CancellationToken ct)
    {
        var (addresses, error) = RecipientList.Parse(recipients);
        if (error is not null)
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Invalid recipients");

        var distinct = addresses.Distinct().ToList();
        var contacts = await db.Contacts.AsNoTracking().Where(c => distinct.Contains(c.Email)).ToDictionaryAsync(c => c.Email, ct);
        var now = time.GetUtcNow();
        var cards = new List<Card>(addresses.Count);
        foreach (var address in addresses)
        {
            cards.Add(contacts.TryGetValue(address, out var contact)
                ? Known(contact, await SubjectsAsync(db, contact.Id, ct), now)
                : Unknown(address));
        }
        return TypedResults.Ok(new SidebarResponse(cards));
    }

    private static async Task<IReadOnlyList<RecentSubject>> SubjectsAsync(RelationsDbContext db, long contactId, CancellationToken ct)
    {
        var recent = await db.InteractionParticipants.Where(p => p.ContactId == contactId)
            .Join(db.Interactions, p => p.InteractionId, i => i.Id, (_, i) => i)
            .OrderByDescending(i => i.SentAt).Take(20)
            .Select(i => new { i.Subject, i.ConversationId, i.SentAt, i.Direction })
            .ToListAsync(ct);
        // One line per conversation: the newest message of each of the last few threads.
        return [.. recent.DistinctBy(i => i.ConversationId.Length > 0 ? i.ConversationId : i.Subject).Take(RecentSubjects)
            .Select(i => new RecentSubject(i.Subject, i.SentAt, i.Direction == Direction.Outgoing ? "sent" : "received"))];
    }

    private static Card Known(Contact c, IReadOnlyList<RecentSubject> subjects, DateTimeOffset now) => new(
        c.Email, true, c.DisplayName, c.Organisation, c.FirstContactAt, c.LastContactAt,
        c.MessagesToContact, c.MessagesFromContact, c.MeetingsTogether,
        Math.Round(RelationshipStrength.At(c.StrengthLog, now), 3), subjects);

    private static Card Unknown(string email) => new(email, false, email, null, null, null, 0, 0, 0, 0, []);
}
