using OutlookRelations.Server.Engagement;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Remembering;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Identity;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Mailboxes;

namespace OutlookRelations.Server.Details;

/// <summary>
/// The owner's corrections to memory: confirm, correct, dismiss (never shown again), and notes
/// written by hand. Ids of other users' details answer 404, like ids that do not exist.
/// </summary>
public static class DetailsApi
{
    public static RouteGroupBuilder MapDetails(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").RequireAuthorization().WithTags("Details");
        group.MapPost("/details/{id:long}/confirm", Confirm);
        group.MapPatch("/details/{id:long}", Correct);
        group.MapPost("/details/{id:long}/dismiss", Dismiss);
        group.MapPost("/contacts/{email}/details", AddNote);
        return group;
    }

    public sealed record Correction(string? Summary, DateOnly? Date, bool ClearDate = false);

    public sealed record Note(string? Text, string? Kind, DateOnly? Date);

    private static async Task<Results<Ok<DetailView>, NotFound>> Confirm(long id, RelationsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var detail = await db.ContactDetails.SingleOrDefaultAsync(d => d.Id == id && d.Status != DetailStatus.Dismissed, ct);
        if (detail is null) return TypedResults.NotFound();
        detail.Status = DetailStatus.Confirmed;
        detail.Confidence = 1;
        detail.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(DetailRanking.View(detail, Today(time)));
    }

    private static async Task<Results<Ok<DetailView>, NotFound, ValidationProblem>> Correct(long id, Correction correction, RelationsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var summary = correction.Summary?.Trim();
        if (summary is { Length: 0 or > ContactDetail.MaxSummary })
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["summary"] = [$"A summary has 1 to {ContactDetail.MaxSummary} characters."] });
        var detail = await db.ContactDetails.SingleOrDefaultAsync(d => d.Id == id && d.Status != DetailStatus.Dismissed, ct);
        if (detail is null) return TypedResults.NotFound();
        if (summary is not null) detail.Summary = summary;
        if (correction.Date is not null || correction.ClearDate) detail.Date = correction.Date;
        // A corrected detail is one the owner vouches for.
        detail.Status = DetailStatus.Confirmed;
        detail.Confidence = 1;
        detail.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(DetailRanking.View(detail, Today(time)));
    }

    private static async Task<Results<NoContent, NotFound>> Dismiss(long id, RelationsDbContext db, EngagementFacts engagement, Stories.StoryStore stories, TimeProvider time, CancellationToken ct)
    {
        var detail = await db.ContactDetails.SingleOrDefaultAsync(d => d.Id == id, ct);
        if (detail is null) return TypedResults.NotFound();
        // Keep only what stops it coming back: its kind and source messages. The words go.
        detail.Status = DetailStatus.Dismissed;
        detail.Evidence = "";
        detail.SourceWebLink = null;
        detail.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        // A story told from it is withdrawn with it, from stored reports too.
        await stories.ForgetDetailsAsync(detail.TenantId, [detail.Id], ct);
        // A dismissed detail no longer counts as small talk in the engagement figures.
        await engagement.RecomputeAsync([detail.ContactId], ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Created<DetailView>, ValidationProblem>> AddNote(
        string email, Note note, CurrentUser user, RelationsDbContext db, ContactDirectory directory, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var address = email.Trim().ToLowerInvariant();
        if (!AddressSyntax.IsAddress(address)) errors["email"] = [$"Not an e-mail address: '{email}'. Give one bare address such as ana@contoso.com."];
        var text = note.Text?.Trim() ?? "";
        if (text.Length is 0 or > ContactDetail.MaxSummary) errors["text"] = [$"A note has 1 to {ContactDetail.MaxSummary} characters."];
        ArtifactKind? kind = null;
        if (note.Kind is not null)
        {
            if (ArtifactKinds.TryParse(note.Kind, out var parsed)) kind = parsed;
            else errors["kind"] = [$"Kind must be one of: {string.Join(", ", ArtifactKinds.All)}."];
        }
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var owner = await db.LoadOwnerContextAsync(user.OwnerId, ct);
        var contact = (await directory.ResolveAsync(owner, [(address, null)], ct)).GetValueOrDefault(address);
        if (contact is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = ["That is your own address."] });
        var now = time.GetUtcNow();
        var detail = new ContactDetail
        {
            TenantId = user.TenantId, OwnerId = user.OwnerId, Contact = contact, Kind = kind, Origin = DetailOrigin.Manual,
            Summary = text, Evidence = text, Date = note.Date, Confidence = 1, Status = DetailStatus.Confirmed,
            FirstMentionedAt = now, LastMentionedAt = now, UpdatedAt = now,
        };
        db.ContactDetails.Add(detail);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/details/{detail.Id}", DetailRanking.View(detail, Today(time)));
    }

    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
