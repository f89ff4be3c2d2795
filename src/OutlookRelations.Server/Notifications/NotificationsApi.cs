using System.Text.Json;

namespace OutlookRelations.Server.Notifications;

/// <summary>
/// The two URLs Graph calls: change notifications and lifecycle events. Both answer Graph's
/// validation handshake by echoing the token as plain text. They are anonymous by nature; trust
/// comes from the per-subscription clientState (<see cref="NotificationInbox"/>).
/// </summary>
public static class NotificationsApi
{
    private const int MaxValidationToken = 2048;

    public static void MapNotifications(this WebApplication app)
    {
        var group = app.MapGroup("/api/graph").AllowAnonymous().WithTags("Graph notifications");
        group.MapPost("/notifications", ReceiveAsync);
        group.MapPost("/lifecycle", ReceiveAsync);
    }

    private static async Task<IResult> ReceiveAsync(HttpContext context, NotificationInbox inbox, CancellationToken ct)
    {
        if (context.Request.Query["validationToken"].FirstOrDefault() is { } token)
        {
            if (token.Length > MaxValidationToken) return Results.BadRequest();
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.Text(token, "text/plain", System.Text.Encoding.UTF8);
        }
        NotificationBatch? batch;
        try
        {
            batch = await context.Request.ReadFromJsonAsync<NotificationBatch>(ct);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a Graph notification batch.");
        }
        if (batch is null) return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a Graph notification batch.");
        await inbox.AcceptAsync(batch, ct);
        // 202 whatever we made of it: telling a forger which subscription ids exist would help them.
        return Results.Accepted();
    }
}
