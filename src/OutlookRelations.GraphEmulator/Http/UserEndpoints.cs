using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Http;

/// <summary>/users, /users/{id}, /users/{id}/mailboxSettings, /users/{id}/directReports and /groups/{id}/members.</summary>
internal static class UserEndpoints
{
    public static void Map(IEndpointRouteBuilder graph, EmulatorStore store)
    {
        graph.MapGet("/users", (HttpRequest r) => Collection(r, "users", store.Mailboxes.Select(m => m.User)));
        graph.MapGet("/users/{userId}", (string userId) =>
            store.Find(userId) is { } mailbox
                ? new GraphResult(StatusCodes.Status200OK, w => GraphJson.WriteUser(w, mailbox.User))
                : GraphResult.NotFound($"user '{userId}'"));
        // The user's own settings: only the time zone is served (what the pane's dates and "tomorrow" need).
        graph.MapGet("/users/{userId}/mailboxSettings", (string userId) =>
            store.Find(userId) is { } owner
                ? new GraphResult(StatusCodes.Status200OK, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("@odata.context", $"https://graph.microsoft.com/v1.0/$metadata#users('{owner.User.Id}')/mailboxSettings");
                    w.WriteString("timeZone", owner.User.TimeZone);
                    w.WriteEndObject();
                })
                : GraphResult.NotFound($"user '{userId}'"));
        graph.MapGet("/users/{userId}/directReports", (HttpRequest r, string userId) =>
            store.Find(userId) is { } manager
                ? Collection(r, "directoryObjects", store.Mailboxes.Select(m => m.User).Where(u => u.ManagerId == manager.User.Id))
                : GraphResult.NotFound($"user '{userId}'"));
        graph.MapGet("/groups/{groupId}/members", (HttpRequest r, string groupId) =>
            store.GroupMembers(groupId) is { } members
                ? Collection(r, "directoryObjects", members.Select(store.Find).OfType<Mailbox>().Select(m => m.User))
                : GraphResult.NotFound($"group '{groupId}'"));
    }

    private static GraphResult Collection(HttpRequest request, string entitySet, IEnumerable<EmulatedUser> users)
    {
        var list = users.ToList();
        return new GraphResult(StatusCodes.Status200OK, w =>
        {
            w.WriteStartObject();
            w.WriteString("@odata.context", $"{request.Scheme}://{request.Host}{request.PathBase}/v1.0/$metadata#{entitySet}");
            w.WriteStartArray("value");
            foreach (var user in list) GraphJson.WriteUser(w, user);
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
