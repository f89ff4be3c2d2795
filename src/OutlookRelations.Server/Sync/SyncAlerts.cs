using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using OutlookRelations.Server.Mailboxes;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// Tells the admins, through Sync:AlertWebhook, that a mailbox became stalled or failing: one POST
/// of JSON when it enters that state (SyncRoundLog remembers it was sent, until the mailbox is
/// healthy again). A webhook that does not answer 2xx is tried again after the next round.
/// </summary>
public sealed class SyncAlerts(HttpClient http, IOptions<SyncHealthOptions> options, TimeProvider time, ILogger<SyncAlerts> logger)
{
    public sealed record SyncAlert(string Mailbox, SyncVerdict Verdict, int ConsecutiveFailures, string? LastError,
        DateTimeOffset? LastSucceededAt, double? LagSeconds, DateTimeOffset At);

    /// <returns>True when the webhook took the alert.</returns>
    public async Task<bool> SendAsync(OwnerContext owner, SyncRound round, SyncVerdict verdict, CancellationToken ct)
    {
        if (options.Value.AlertWebhookUri is not { } webhook) return false;
        var now = time.GetUtcNow();
        var alert = new SyncAlert(owner.Email, verdict, round.ConsecutiveFailures, round.Error, round.LastSucceededAt,
            SyncVerdicts.Lag(round, now)?.TotalSeconds, now);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            using var response = await http.PostAsJsonAsync(webhook, alert, Json, timeout.Token);
            if (response.IsSuccessStatusCode) return true;
            logger.LogWarning("The sync alert webhook answered {Status} for {Owner}; it is tried again after the next round", (int)response.StatusCode, owner.Email);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            logger.LogWarning("Could not reach the sync alert webhook for {Owner}: {Error}", owner.Email, e.Message);
        }
        return false;
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase) },
    };
}
