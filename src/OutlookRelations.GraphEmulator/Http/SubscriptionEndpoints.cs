using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OutlookRelations.GraphEmulator.Notifications;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Http;

/// <summary>
/// POST, PATCH, DELETE and GET /subscriptions for users/{id}/messages and users/{id}/events, with
/// Graph's validation handshake on both the notification and the lifecycle URL before a
/// subscription is accepted.
/// </summary>
internal static partial class SubscriptionEndpoints
{
    public static void Map(IEndpointRouteBuilder graph, EmulatorStore store, Func<NotificationDispatcher> dispatcher)
    {
        graph.MapPost("/subscriptions", (HttpRequest r, CancellationToken ct) => CreateAsync(r, store, dispatcher(), ct));
        graph.MapGet("/subscriptions", (HttpRequest r) => new GraphResult(StatusCodes.Status200OK, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("value");
            foreach (var s in store.Subscriptions.All) SubscriptionJson.Write(w, s);
            w.WriteEndArray();
            w.WriteEndObject();
        }));
        graph.MapPatch("/subscriptions/{id}", (HttpRequest r, string id, CancellationToken ct) => RenewAsync(r, store, id, ct));
        graph.MapDelete("/subscriptions/{id}", (string id) =>
            store.Subscriptions.Remove(id) ? Results.NoContent() : GraphResult.NotFound($"subscription '{id}'"));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, EmulatorStore store, NotificationDispatcher dispatcher, CancellationToken ct)
    {
        using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        var json = body.RootElement;
        string? Text(string name) => json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        var missing = new[] { "changeType", "notificationUrl", "resource", "expirationDateTime" }.FirstOrDefault(n => string.IsNullOrWhiteSpace(Text(n)));
        if (missing is not null) return Invalid($"Property '{missing}' is required.");
        var resource = ResourcePattern().Match(Text("resource")!.Trim('/'));
        if (!resource.Success) return Invalid($"Resource '{Text("resource")}' is not supported; use users/{{id}}/messages or users/{{id}}/events.");
        var mailbox = store.Find(resource.Groups["user"].Value);
        if (mailbox is null) return GraphResult.NotFound($"user '{resource.Groups["user"].Value}'");
        var changeTypes = new HashSet<ChangeKind>();
        foreach (var part in Text("changeType")!.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<ChangeKind>(part, ignoreCase: true, out var kind)) return Invalid($"changeType '{part}' is not valid.");
            changeTypes.Add(kind);
        }
        var (expiresAt, expiryError) = Expiry(Text("expirationDateTime"), store);
        if (expiryError is not null) return expiryError;
        if (!SubscriberUrl(Text("notificationUrl"), out var notificationUrl, out var urlError)) return urlError!;
        Uri? lifecycleUrl = null;
        if (Text("lifecycleNotificationUrl") is { } lifecycle && !SubscriberUrl(lifecycle, out lifecycleUrl, out urlError)) return urlError!;

        foreach (var url in new[] { notificationUrl, lifecycleUrl }.OfType<Uri>())
        {
            if (!await dispatcher.ValidateAsync(url, ct))
                return GraphResult.Error(StatusCodes.Status400BadRequest, "ValidationError",
                    $"Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request: {url}");
        }

        var subscription = new EmulatedSubscription(Guid.NewGuid().ToString(), mailbox.User.Id, resource.Groups["kind"].Value.ToLowerInvariant(),
            resource.Value, changeTypes, notificationUrl!, lifecycleUrl, Text("clientState"), expiresAt);
        store.Subscriptions.Add(subscription);
        return new GraphResult(StatusCodes.Status201Created, w => SubscriptionJson.Write(w, subscription));
    }

    private static async Task<IResult> RenewAsync(HttpRequest request, EmulatorStore store, string id, CancellationToken ct)
    {
        using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        var text = body.RootElement.TryGetProperty("expirationDateTime", out var value) ? value.GetString() : null;
        var (at, error) = Expiry(text, store);
        if (error is not null) return error;
        return store.Subscriptions.Renew(id, at) is { } renewed
            ? new GraphResult(StatusCodes.Status200OK, w => SubscriptionJson.Write(w, renewed))
            : GraphResult.NotFound($"subscription '{id}'");
    }

    private static (DateTimeOffset At, IResult? Error) Expiry(string? text, EmulatorStore store)
    {
        if (!DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at))
            return (default, Invalid($"expirationDateTime '{text}' is not a date and time."));
        var now = store.Clock.GetUtcNow();
        if (at <= now) return (at, Invalid("Subscription expiration can only be in the future."));
        if (at > now + SubscriptionRegistry.MaxLifetime)
            return (at, Invalid($"Subscription expiration can only be {SubscriptionRegistry.MaxLifetime.TotalMinutes:0} minutes in the future."));
        return (at, null);
    }

    // Graph wants https; the emulator also takes http, but only on this machine.
    private static bool SubscriberUrl(string? text, out Uri? url, out IResult? error)
    {
        error = null;
        if (Uri.TryCreate(text, UriKind.Absolute, out url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp && SubscriberHandler.IsLoopback(url.Host)))
            return true;
        error = Invalid($"The notification URL '{text}' must be an absolute https URL.");
        return false;
    }

    private static GraphResult Invalid(string message) => GraphResult.Error(StatusCodes.Status400BadRequest, "InvalidRequest", message);

    [GeneratedRegex("^users/(?<user>[^/]+)/(?<kind>messages|events)$", RegexOptions.IgnoreCase)]
    private static partial Regex ResourcePattern();
}
