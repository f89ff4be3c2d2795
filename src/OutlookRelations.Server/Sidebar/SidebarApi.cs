using Microsoft.AspNetCore.Http.HttpResults;
using OutlookRelations.Memory.Remembering;
using OutlookRelations.Server.Contacts;
using Microsoft.AspNetCore.Mvc;
using OutlookRelations.Server.Details;
using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sidebar;

/// <summary>GET /api/sidebar?recipients=…: one card per recipient, in the order asked.</summary>
public static class SidebarApi
{
    public static RouteGroupBuilder MapSidebar(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sidebar").RequireAuthorization().RequireRateLimiting(SidebarConcurrency.Policy).WithTags("Sidebar");
        group.MapGet("/", Cards);
        return group;
    }

    /// <summary>
    /// A recipient we have never exchanged mail with gets Known = false and empty figures; one we
    /// cannot read as an address gets a <see cref="Problem"/> that says so, and the others load.
    /// <see cref="Opener"/> is the one thing worth saying; details come best opener first; every
    /// text in them came from an email.
    /// </summary>
    public sealed record Card(
        string Email, bool Known, string DisplayName, string? Organisation,
        DateTimeOffset? FirstContactAt, DateTimeOffset? LastContactAt,
        int MessagesToContact, int MessagesFromContact, int MeetingsTogether, double Strength,
        IReadOnlyList<RecentSubject> RecentSubjects, IReadOnlyList<DetailView> Details, PromisesView Promises,
        IReadOnlyList<AwaitingView> AwaitingReply, MeetingView? NextMeeting, IReadOnlyList<int> Trend, IReadOnlyList<PersonView> Network,
        OpenerView? Opener, RhythmView? Rhythm, string? Problem);

    private static readonly PromisesView NoPromises = new([], []);

    public sealed record SidebarResponse(IReadOnlyList<Card> Cards);

    private static async Task<Results<Ok<SidebarResponse>, ProblemHttpResult>> Cards(
        RelationsDbContext db, TimeProvider time, [FromQuery(Name = "recipients")] string? recipientList, CancellationToken ct)
    {
        var (recipients, error) = RecipientList.Parse(recipientList);
        if (error is not null)
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Invalid recipients");

        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var readable = recipients.Where(r => r.Readable).Select(r => r.Address).ToList();
        var data = readable.Count == 0 ? null : await CardData.LoadAsync(db, readable, now, ct);
        var sections = data is null ? null : await CardSections.BuildAsync(db, data, now, ct);
        var cards = new List<Card>(recipients.Count);
        foreach (var recipient in recipients)
        {
            if (!recipient.Readable)
                cards.Add(Unknown(recipient.Address) with { Problem = RecipientList.Problem(recipient.Address) });
            else if (data is null || !data.Contacts.TryGetValue(recipient.Address, out var contact))
                cards.Add(Unknown(recipient.Address));
            else
                cards.Add(Known(contact, sections![contact.Id], data.LastYear.GetValueOrDefault(contact.Id), today, now, data));
        }
        return TypedResults.Ok(new SidebarResponse(cards));
    }

    private static Card Known(Contact c, CardSections s, PairHistory? lastYear, DateOnly today, DateTimeOffset now, CardData data)
    {
        var (details, promises) = DetailRanking.ForCard(data.Details[c.Id], today, c.LastMessageToContactAt);
        // Days and weeks in UTC until the owner's own time zone is synced (mailboxSettings).
        var rhythm = RhythmView.Of(lastYear, c.LastContactAt, now, TimeZoneInfo.Utc);
        return new(
            c.Email, true, c.DisplayName, c.Organisation, c.FirstContactAt, c.LastContactAt,
            c.MessagesToContact, c.MessagesFromContact, c.MeetingsTogether,
            Math.Round(RelationshipStrength.At(c.StrengthLog, now), 3), s.RecentSubjects, details, promises,
            s.AwaitingReply, s.NextMeeting, s.Trend, s.Network,
            OpenerView.Choose(c.DisplayName, details, promises, s.AwaitingReply, rhythm, s.RecentSubjects, now), rhythm, Problem: null);
    }

    private static Card Unknown(string email) =>
        new(email, false, email, null, null, null, 0, 0, 0, 0, [], [], NoPromises, [], null, [], [], null, null, null);
}
