using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.DataControls;
using OutlookRelations.Server.Identity;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.WarmPaths;

/// <summary>
/// GET and PUT /api/warm-paths/consent: whether colleagues may see whom you know (name, organisation,
/// how well). Off until you turn it on; only you can; admins can turn the feature off for everyone.
/// </summary>
public static class WarmPathsApi
{
    /// <param name="Share">Whether colleagues may see whom you know.</param>
    /// <param name="Allowed">Whether your admins allow it; when not, nothing of yours is shown, whatever <paramref name="Share"/> says.</param>
    public sealed record ConsentView(bool Share, bool Allowed);

    public sealed record ConsentChange(bool Share);

    public static RouteGroupBuilder MapWarmPaths(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/warm-paths").RequireAuthorization().WithTags("Sidebar");
        group.MapGet("/consent", async (CurrentUser user, RelationsDbContext db, CancellationToken ct) => TypedResults.Ok(await ViewAsync(user, db, ct)));
        group.MapPut("/consent", PutAsync).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Results<Ok<ConsentView>, ProblemHttpResult>> PutAsync(
        ConsentChange change, CurrentUser user, RelationsDbContext db, Audit audit, CancellationToken ct)
    {
        if (change.Share && !await AllowedAsync(db, user.TenantId, ct))
            return TypedResults.Problem("Your organisation's admins have turned off showing colleagues whom you know.", statusCode: StatusCodes.Status409Conflict, title: "Not allowed here");
        var owner = await db.Owners.SingleAsync(o => o.Id == user.OwnerId, ct);
        if (owner.SharesNetwork != change.Share)
        {
            owner.SharesNetwork = change.Share;
            // Consent given and withdrawn is on the record, as other data choices are.
            audit.Record(user.TenantId, user.Email, change.Share ? "warm-paths.shared" : "warm-paths.withdrawn", user.Email, "");
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.Ok(await ViewAsync(user, db, ct));
    }

    private static async Task<ConsentView> ViewAsync(CurrentUser user, RelationsDbContext db, CancellationToken ct) =>
        new(await db.Owners.Where(o => o.Id == user.OwnerId).Select(o => o.SharesNetwork).SingleAsync(ct), await AllowedAsync(db, user.TenantId, ct));

    private static async Task<bool> AllowedAsync(RelationsDbContext db, Guid tenant, CancellationToken ct) =>
        await db.TenantSettings.AsNoTracking().Where(s => s.TenantId == tenant).Select(s => (bool?)s.WarmPathsAllowed).SingleOrDefaultAsync(ct) ?? true;
}
