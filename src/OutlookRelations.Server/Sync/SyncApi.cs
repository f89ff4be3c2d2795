using Microsoft.AspNetCore.Http.HttpResults;
using OutlookRelations.Server.Identity;

namespace OutlookRelations.Server.Sync;

/// <summary>/api/sync: start a sync of your own mailbox now, and see how far it got.</summary>
public static class SyncApi
{
    public static RouteGroupBuilder MapSync(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sync").RequireAuthorization().WithTags("Sync");
        group.MapPost("/", SyncNow);
        group.MapGet("/status", Status);
        return group;
    }

    public sealed record SyncStarted(string JobId);

    private static Accepted<SyncStarted> SyncNow(CurrentUser user, SyncScheduler scheduler) =>
        TypedResults.Accepted("/api/sync/status", new SyncStarted(scheduler.SyncNow(user.OwnerId)));

    private static async Task<Ok<SyncStatus>> Status(CurrentUser user, SyncProgress progress, Storage.RelationsDbContext db, CancellationToken ct) =>
        TypedResults.Ok(progress.Get(user.OwnerId) with { Rederive = await RederiveStatus.ReadAsync(db, ct) });
}
