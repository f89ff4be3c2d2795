using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OutlookRelations.GraphEmulator.Identity;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Http;

/// <summary>
/// POST /users/{id}/sendMail: 202 and the message kept in <see cref="EmulatorStore.Sent"/>, nothing
/// delivered. With real tokens required, as Graph: the token needs Mail.Send, and an application
/// Exchange scope on the app (<see cref="EmulatedApp.SendAsOnly"/>) limits whom it may send as.
/// </summary>
internal static class SendMailEndpoint
{
    public static void Map(IEndpointRouteBuilder graph, EmulatorStore store, Func<EntraIssuer> entra) =>
        graph.MapPost("/users/{userId}/sendMail", (HttpRequest r, string userId, CancellationToken ct) => SendAsync(r, userId, store, entra(), ct));

    private static async Task<IResult> SendAsync(HttpRequest request, string userId, EmulatorStore store, EntraIssuer entra, CancellationToken ct)
    {
        if (store.Find(userId) is not { } sender) return GraphResult.NotFound($"user '{userId}'");
        if (entra.RequireGraphTokens && Refusal(request, sender, entra) is { } refused) return refused;

        JsonElement json;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            json = body.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return GraphResult.Error(StatusCodes.Status400BadRequest, "BadRequest", $"The request body is not JSON: {e.Message}");
        }
        // The action's parameters are named "Message" and "SaveToSentItems" in Graph's metadata (what the SDK
        // sends), "message" in its documentation's examples; Graph takes either.
        if (json.ValueKind != JsonValueKind.Object || Property(json, "message") is not { ValueKind: JsonValueKind.Object } message)
            return GraphResult.Error(StatusCodes.Status400BadRequest, "ErrorInvalidRequest", "The request needs a 'message' object.");

        var to = message.TryGetProperty("toRecipients", out var recipients) && recipients.ValueKind == JsonValueKind.Array
            ? recipients.EnumerateArray().Select(Address).OfType<string>().ToList()
            : [];
        if (to.Count == 0) return GraphResult.Error(StatusCodes.Status400BadRequest, "ErrorInvalidRecipients", "At least one recipient is not valid.");
        var content = message.TryGetProperty("body", out var b) && b.ValueKind == JsonValueKind.Object ? b : default;
        var save = Property(json, "saveToSentItems")?.ValueKind != JsonValueKind.False; // Graph's default is true
        store.Sent.Add(new SentMail(sender.User.Mail, to, Text(message, "subject") ?? "",
            content.ValueKind == JsonValueKind.Object ? Text(content, "contentType") ?? "text" : "text",
            content.ValueKind == JsonValueKind.Object ? Text(content, "content") ?? "" : "", save, store.Clock.GetUtcNow()));
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    private static GraphResult? Refusal(HttpRequest request, Mailbox sender, EntraIssuer entra)
    {
        if (GraphToken.Of(request) is not { } token) return Denied("Access is denied. Check credentials and try again.");
        if (!GraphToken.Permissions(token).Contains("Mail.Send")) return Denied("Access is denied. Check credentials and try again.");
        var app = token.TryGetProperty("azp", out var azp) ? entra.FindApp(azp.GetString() ?? "") : null;
        if (app?.SendAsOnly is { } only && !only.Any(m => string.Equals(m, sender.User.Mail, StringComparison.OrdinalIgnoreCase) || m == sender.User.Id))
            return Denied("Access is denied: the app's Mail.Send is scoped to other mailboxes.");
        return null;
    }

    private static GraphResult Denied(string message) => GraphResult.Error(StatusCodes.Status403Forbidden, "ErrorAccessDenied", message);

    private static string? Address(JsonElement recipient) =>
        recipient.ValueKind == JsonValueKind.Object && recipient.TryGetProperty("emailAddress", out var e) && e.ValueKind == JsonValueKind.Object
            ? Text(e, "address") is { Length: > 0 } a ? a : null
            : null;

    private static JsonElement? Property(JsonElement json, string name) =>
        json.EnumerateObject().Where(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(p => (JsonElement?)p.Value).FirstOrDefault();

    private static string? Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
