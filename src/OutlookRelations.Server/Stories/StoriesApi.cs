using Microsoft.AspNetCore.Http.HttpResults;
using OutlookRelations.Server.Identity;
using static OutlookRelations.Server.Stories.StoryStore;

namespace OutlookRelations.Server.Stories;

/// <summary>
/// /api/stories: the conversations the signed-in person chose to share for their manager's pack.
/// Nothing is shared by default. Someone else's detail or story answers 404, like one that does not exist.
/// </summary>
public static class StoriesApi
{
    public sealed record ShareRequest(long? DetailId, string? Note);

    public static RouteGroupBuilder MapStories(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/stories").RequireAuthorization().WithTags("Stories");
        group.MapGet("/", (StoryStore stories, CancellationToken ct) => stories.MineAsync(ct));
        // The 403 is a ProblemHttpResult, whose status the return type cannot say.
        group.MapPost("/", Share).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapDelete("/{id:guid}", Withdraw);
        return group;
    }

    private static async Task<Results<Created<StoryView>, Ok<StoryView>, NotFound, ValidationProblem, ProblemHttpResult>> Share(
        ShareRequest request, CurrentUser user, StoryStore stories, PackStories packs, CancellationToken ct)
    {
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        if (request.DetailId is not { } detailId)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["detailId"] = ["Say which remembered detail to share: {\"detailId\": 123}."] });
        if (note is { Length: > Storage.SharedStory.MaxNote })
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["note"] = [$"A note has at most {Storage.SharedStory.MaxNote} characters."] });
        if (!await packs.AllowedAsync(user.TenantId, ct))
            return TypedResults.Problem("Your organisation's admins have turned stories in reports off.", statusCode: StatusCodes.Status403Forbidden, title: "Stories are off");
        var (outcome, view) = await stories.ShareAsync(detailId, note, ct);
        return outcome switch
        {
            Outcome.Shared => TypedResults.Created($"/api/stories/{view!.Id}", view),
            Outcome.AlreadyShared => TypedResults.Ok(view!),
            Outcome.Sensitive => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["detailId"] = ["Sensitive details (health, bereavement, religion, politics) are never shared in reports."] }),
            _ => TypedResults.NotFound(),
        };
    }

    private static async Task<Results<NoContent, NotFound>> Withdraw(Guid id, StoryStore stories, CancellationToken ct) =>
        await stories.WithdrawAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
