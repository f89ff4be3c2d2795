using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sidebar;

/// <summary>GET /api/sidebar?recipients=…: one card per recipient, in the order asked.</summary>
public static class SidebarApi
{
    public static RouteGroupBuilder MapSidebar(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sidebar").RequireAuthorization().RequireRateLimiting(SidebarConcurrency.Policy).WithTags("Sidebar");
        // The 400 is a ProblemHttpResult, whose status the return type cannot say.
        group.MapGet("/", Cards).ProducesProblem(StatusCodes.Status400BadRequest);
        return group;
    }

    public sealed record SidebarResponse(IReadOnlyList<Card> Cards);

    private static async Task<Results<Ok<SidebarResponse>, ProblemHttpResult>> Cards(
        RelationsDbContext db, TimeProvider time, SidebarMetrics metrics, [FromQuery(Name = "recipients")] string? recipientList, CancellationToken ct)
    {
        var (recipients, error) = RecipientList.Parse(recipientList);
        if (error is not null)
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Invalid recipients");
        var started = time.GetTimestamp();
        var cards = await CardBuilder.BuildAsync(db, recipients, time.GetUtcNow(), ct);
        metrics.Answered(cards.Count, time.GetElapsedTime(started));
        return TypedResults.Ok(new SidebarResponse(cards));
    }
}
