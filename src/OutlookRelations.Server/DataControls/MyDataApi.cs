using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Identity;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.DataControls;

/// <summary>
/// /api/me: each person's control over their own mailbox's data: pause and resume collection,
/// export everything held (JSON), and erase it.
/// </summary>
public static class MyDataApi
{
    public sealed record EraseRequest(string? Confirm);
    public sealed record CollectionState(bool Paused);

    public static RouteGroupBuilder MapMyData(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/me").RequireAuthorization().WithTags("My data");
        group.MapPost("/pause", (CurrentUser user, RelationsDbContext db, Audit audit, CancellationToken ct) => SetPausedAsync(user, db, audit, true, ct));
        group.MapPost("/resume", (CurrentUser user, RelationsDbContext db, Audit audit, CancellationToken ct) => SetPausedAsync(user, db, audit, false, ct));
        group.MapGet("/export", async (CurrentUser user, MailboxExport export, HttpContext http, CancellationToken ct) =>
        {
            http.Response.Headers.ContentDisposition = "attachment; filename=\"outlookrelations-export.json\"";
            return TypedResults.Json(await export.BuildAsync(user.OwnerId, ct));
        }).Produces<MailboxExport.Export>();
        group.MapDelete("/data", EraseAsync);
        return group;
    }

    private static async Task<Ok<CollectionState>> SetPausedAsync(CurrentUser user, RelationsDbContext db, Audit audit, bool paused, CancellationToken ct)
    {
        var owner = await db.Owners.SingleAsync(o => o.Id == user.OwnerId, ct);
        owner.CollectionPaused = paused;
        audit.Record(user.TenantId, user.Email, paused ? "collection.paused" : "collection.resumed", $"mailbox {user.OwnerId}");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new CollectionState(paused));
    }

    // Erasing is irreversible, so the request must say so in words.
    private static async Task<Results<NoContent, ValidationProblem>> EraseAsync([Microsoft.AspNetCore.Mvc.FromBody] EraseRequest request, CurrentUser user, Erasure erasure, CancellationToken ct)
    {
        if (request.Confirm != "erase my data")
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["confirm"] = ["Send {\"confirm\": \"erase my data\"} to erase everything held about your mailbox."] });
        await erasure.EraseAsync(user.TenantId, user.OwnerId, actor: $"mailbox {user.OwnerId} (self)", offboard: false, ct);
        return TypedResults.NoContent();
    }
}
