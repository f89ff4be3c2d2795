using System.Globalization;
using Microsoft.AspNetCore.Http;
using OutlookRelations.GraphEmulator.Identity;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Http;

/// <summary>
/// What every Graph request passes before its endpoint: a bearer token must be present (the SDK
/// silently drops it for hosts it does not trust, and we want to notice), and when the emulated
/// Entra ID requires it, be a live Graph token it issued, whose mail permission is noted
/// (<see cref="MailPermissions"/>); then armed faults fire.
/// </summary>
internal static class GraphGate
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, FaultInjector faults, EntraIssuer entra, TimeProvider clock)
    {
        var request = context.Request;
        var rule = faults.Take($"{request.Path}{request.QueryString}", BatchEndpoint.IsBatchItem(request));
        if (rule is not null && rule.Delay > TimeSpan.Zero) await Task.Delay(rule.Delay, context.RequestAborted);

        if (rule is null || rule.StatusCode == 0)
        {
            var authorization = request.Headers.Authorization.ToString();
            if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                await GraphResult.Error(StatusCodes.Status401Unauthorized, "InvalidAuthenticationToken",
                    "Access token is empty.").ExecuteAsync(context);
                return;
            }
            if (entra.RequireGraphTokens)
            {
                if (!IsGraphToken(entra, authorization["Bearer ".Length..], clock.GetUtcNow(), out var token))
                {
                    await GraphResult.Error(StatusCodes.Status401Unauthorized, "InvalidAuthenticationToken",
                        "Access token validation failure. Invalid audience, signature or lifetime.").ExecuteAsync(context);
                    return;
                }
                MailPermissions.Note(context, token);
                GraphToken.Note(context, token);
            }
            await next(context);
            return;
        }

        var result = rule.StatusCode switch
        {
            StatusCodes.Status200OK => DeltaRound.NothingChanged(request),
            StatusCodes.Status410Gone => DeltaRound.SyncStateNotFound(request),
            StatusCodes.Status429TooManyRequests => GraphResult.Error(rule.StatusCode, "TooManyRequests", "Please retry again later.", RetryAfter(rule)),
            StatusCodes.Status503ServiceUnavailable => GraphResult.Error(rule.StatusCode, "ServiceUnavailable", "Service temporarily unavailable.", RetryAfter(rule)),
            _ => GraphResult.Error(rule.StatusCode, "InjectedFault", "A fault armed by a test."),
        };
        await result.ExecuteAsync(context);
    }

    private static bool IsGraphToken(EntraIssuer entra, string token, DateTimeOffset now, out System.Text.Json.JsonElement payload) =>
        entra.TryRead(token, now, out payload) && payload.GetProperty("aud").GetString() == entra.GraphAudience;

    private static Dictionary<string, string>? RetryAfter(FaultRule rule) =>
        rule.RetryAfterSeconds is { } seconds
            ? new() { ["Retry-After"] = seconds.ToString(CultureInfo.InvariantCulture) }
            : null;
}
