using Microsoft.AspNetCore.Http.HttpResults;
using OutlookRelations.Memory.Remembering;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Details;
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
    /// A recipient we have never exchanged mail with gets Known = false and empty figures.
    /// Details come best opener first; every text in them came from an email.
    /// </summary>
    public sealed record Card(
        string Email, bool Known, string DisplayName, string? Organisation,
        DateTimeOffset? FirstContactAt, DateTimeOffset? LastContactAt,
        int MessagesToContact, int MessagesFromContact, int MeetingsTogether, double Strength,
        IReadOnlyList<RecentSubject> RecentSubjects, IReadOnlyList<DetailView> Details, PromisesView Promises,
        IReadOnlyList<AwaitingView> AwaitingReply, MeetingView? NextMeeting, IReadOnlyList<int> Trend, IReadOnlyList<PersonView> Network);

    private static readonly PromisesView NoPromises = new([], []);

    public sealed record SidebarResponse(IReadOnlyList<Card> Cards);

    private static async Task<Results<Ok<SidebarResponse>, ProblemHttpResult>> Cards(
        RelationsDbContext db, TimeProvider time, string? recipients, CancellationToken ct)
    {
        var (addresses, error) = RecipientList.Parse(recipients);
        if (error is not null)
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Invalid recipients");

        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var data = await CardData.LoadAsync(db, [.. addresses.Distinct()], now, ct);
        var sections = await CardSections.BuildAsync(db, data, now, ct);
        var cards = new List<Card>(addresses.Count);
        foreach (var address in addresses)
        {
            if (!data.Contacts.TryGetValue(address, out var contact))
            {
                cards.Add(Unknown(address));
                continue;
            }
            var (details, promises) = DetailRanking.ForCard(data.Details[contact.Id], today, contact.LastMessageToContactAt);
            cards.Add(Known(contact, sections[contact.Id], details, promises, now));
        }
        return TypedResults.Ok(new SidebarResponse(cards));
    }

    private static Card Known(Contact c, CardSections s, IReadOnlyList<DetailView> details, PromisesView promises, DateTimeOffset now) => new(
        c.Email, true, c.DisplayName, c.Organisation, c.FirstContactAt, c.LastContactAt,
        c.MessagesToContact, c.MessagesFromContact, c.MeetingsTogether,
        Math.Round(RelationshipStrength.At(c.StrengthLog, now), 3), s.RecentSubjects, details, promises,
        s.AwaitingReply, s.NextMeeting, s.Trend, s.Network);

    private static Card Unknown(string email) =>
        new(email, false, email, null, null, null, 0, 0, 0, 0, [], [], NoPromises, [], null, [], []);
}
