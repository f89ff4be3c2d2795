using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

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
        Described(group.MapPost("/notifications", ReceiveAsync));
        Described(group.MapPost("/lifecycle", ReceiveAsync));
    }

    // What the API document says of both: ReceiveAsync's IResult cannot say it itself.
    private static void Described(RouteHandlerBuilder endpoint) => endpoint
        .Produces<string>(StatusCodes.Status200OK, "text/plain").Produces(StatusCodes.Status202Accepted)
        .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    private static async Task<IResult> ReceiveAsync(HttpContext context, NotificationInbox inbox, CancellationToken ct)
    {
        if (context.Request.Query["validationToken"].FirstOrDefault() is { } token)
        {
            if (token.Length > MaxValidationToken)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["validationToken"] = [$"A validation token is at most {MaxValidationToken:N0} characters."] });
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.Text(token, "text/plain", System.Text.Encoding.UTF8);
        }
        if (await ReadBoundedAsync(context.Request, ct) is not { } body)
            return TypedResults.Problem($"A notification POST is at most {NotificationLimits.MaxBodyBytes:N0} bytes.",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large");
        NotificationBatch? batch;
        try
        {
            batch = JsonSerializer.Deserialize<NotificationBatch>(body.Span, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a Graph notification batch.");
        }
        if (batch?.Value is not { } items) return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a Graph notification batch.");
        if (items.Count > NotificationLimits.MaxItems)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["value"] = [$"A batch holds at most {NotificationLimits.MaxItems:N0} notifications; this one has {items.Count:N0}."] });
        for (var i = 0; i < items.Count; i++)
            if (items[i] is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [$"value[{i}]"] = ["A notification is an object, not null."] });
        await inbox.AcceptAsync(batch, ct);
        // 202 whatever we made of it: telling a forger which subscription ids exist would help them.
        return Results.Accepted();
    }

    /// <summary>The body, or null when it is longer than <see cref="NotificationLimits.MaxBodyBytes"/> (never read past that).</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBoundedAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > NotificationLimits.MaxBodyBytes) return null;
        // Kestrel stops a chunked body at the limit too; under a test server the count below does.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = NotificationLimits.MaxBodyBytes + 1;
        var buffer = new byte[Math.Clamp(request.ContentLength ?? 0, 4096, NotificationLimits.MaxBodyBytes + 1)];
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > NotificationLimits.MaxBodyBytes) return null;
                    Array.Resize(ref buffer, Math.Min(buffer.Length * 2, NotificationLimits.MaxBodyBytes + 1));
                }
                var read = await request.Body.ReadAsync(buffer.AsMemory(length), ct);
                if (read == 0) break;
                length += read;
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return length > NotificationLimits.MaxBodyBytes ? null : buffer.AsMemory(0, length);
    }
}
