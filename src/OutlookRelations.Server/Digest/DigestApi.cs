using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Identity;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Digest;

/// <summary>
/// GET and PUT /api/digest: the signed-in person's own morning digest, which only they turn on or
/// off. It can be turned on only when the tenant's admins allow digests and have set a sender mailbox.
/// </summary>
public static class DigestApi
{
    /// <param name="Enabled">Whether the digest is on for you.</param>
    /// <param name="Available">Whether your admins let it be turned on; when not, <paramref name="Reason"/> says why.</param>
    /// <param name="Schedule">When it is sent (cron, read in <paramref name="TimeZone"/>).</param>
    public sealed record DigestView(bool Enabled, bool Available, string? Reason, string Schedule, string TimeZone, DateOnly? LastSentOn);

    public sealed record DigestChange(bool Enabled);

    public static IServiceCollection AddDigest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DigestOptions>().Bind(configuration.GetSection(DigestOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        return services.AddScoped<DigestSchedule>().AddScoped<DigestJob>();
    }

    public static RouteGroupBuilder MapDigest(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/digest").RequireAuthorization().WithTags("Today");
        group.MapGet("/", async (CurrentUser user, RelationsDbContext db, DigestSchedule schedule, CancellationToken ct) =>
            TypedResults.Ok(await ViewAsync(user, db, schedule, ct)));
        group.MapPut("/", PutAsync).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Results<Ok<DigestView>, ProblemHttpResult>> PutAsync(
        DigestChange change, CurrentUser user, RelationsDbContext db, DigestSchedule schedule, CancellationToken ct)
    {
        var owner = await db.Owners.SingleAsync(o => o.Id == user.OwnerId, ct);
        if (change.Enabled && await UnavailableAsync(db, user.TenantId, ct) is { } reason)
            return TypedResults.Problem(reason, statusCode: StatusCodes.Status409Conflict, title: "The digest is not available");
        owner.DigestEnabled = change.Enabled;
        await db.SaveChangesAsync(ct);
        if (change.Enabled) schedule.Start(owner.Id, owner.TimeZone);
        else schedule.Stop(owner.Id);
        return TypedResults.Ok(await ViewAsync(user, db, schedule, ct));
    }

    private static async Task<DigestView> ViewAsync(CurrentUser user, RelationsDbContext db, DigestSchedule schedule, CancellationToken ct)
    {
        var owner = await db.Owners.AsNoTracking().SingleAsync(o => o.Id == user.OwnerId, ct);
        var reason = await UnavailableAsync(db, user.TenantId, ct);
        return new DigestView(owner.DigestEnabled && reason is null, reason is null, reason, schedule.Cron, owner.TimeZone ?? "UTC", owner.DigestSentOn);
    }

    private static async Task<string?> UnavailableAsync(RelationsDbContext db, Guid tenantId, CancellationToken ct) =>
        DigestAvailability.Of(await db.TenantSettings.AsNoTracking().SingleOrDefaultAsync(s => s.TenantId == tenantId, ct))?.Reason;
}
