using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Contacts;

/// <summary>GET /api/contacts: the signed-in user's contacts, strongest relationship first.</summary>
public static class ContactsApi
{
    public const int MaxTop = 200;
    /// <summary>The longest email address there can be; a longer LIKE pattern made SQLite fail ("pattern too complex"): a 500.</summary>
    public const int MaxSearch = 254;

    public static RouteGroupBuilder MapContacts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/contacts").RequireAuthorization().WithTags("Contacts");
        group.MapGet("/", List);
        return group;
    }

    public sealed record ContactSummary(
        string Email, string DisplayName, string? Organisation, double Strength,
        int MessagesToContact, int MessagesFromContact, int MeetingsTogether,
        DateTimeOffset? FirstContactAt, DateTimeOffset? LastContactAt);

    public sealed record ContactList(IReadOnlyList<ContactSummary> Contacts);

    private static async Task<Results<Ok<ContactList>, ValidationProblem>> List(
        RelationsDbContext db, TimeProvider time, string? search, int? top, CancellationToken ct)
    {
        var take = top ?? 20;
        if (take is < 1 or > MaxTop)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["top"] = [$"top must be between 1 and {MaxTop}."] });
        if (search?.Trim().Length > MaxSearch)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["search"] = [$"search is at most {MaxSearch} characters (a name or an address)."] });

        var query = db.Contacts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + EscapeLike(search.Trim().ToLowerInvariant()) + "%";
            query = query.Where(c => EF.Functions.Like(c.Email, pattern, "\\") || EF.Functions.Like(c.DisplayName.ToLower(), pattern, "\\"));
        }
        var contacts = await query.OrderByDescending(c => c.StrengthLog).ThenBy(c => c.Email).Take(take).ToListAsync(ct);
        var now = time.GetUtcNow();
        return TypedResults.Ok(new ContactList([.. contacts.Select(c => Summary(c, now))]));
    }

    public static ContactSummary Summary(Contact c, DateTimeOffset now) => new(
        c.Email, c.DisplayName, c.Organisation, Math.Round(RelationshipStrength.At(c.StrengthLog, now), 3),
        c.MessagesToContact, c.MessagesFromContact, c.MeetingsTogether, c.FirstContactAt, c.LastContactAt);

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
