using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookRelations.Server.GraphAccess;
using OutlookRelations.Server.Mailboxes;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// Tells the admins that a mailbox became stalled or failing, once when it enters that state
/// (SyncRoundLog remembers it was told, until the mailbox is healthy again): a POST of JSON to
/// Sync:AlertWebhook, and a mail to the tenant's "sync alerts to" address from its sender mailbox.
/// When neither channel took it, it is tried again after the next round.
/// </summary>
public sealed class SyncAlerts(
    HttpClient http, RelationsDbContext db, GraphMailSender mail, IOptions<SyncHealthOptions> options, TimeProvider time, ILogger<SyncAlerts> logger)
{
    public sealed record SyncAlert(string Mailbox, SyncVerdict Verdict, int ConsecutiveFailures, string? LastError,
        DateTimeOffset? LastSucceededAt, double? LagSeconds, DateTimeOffset At);

    /// <returns>True when the webhook or the mail took the alert.</returns>
    public async Task<bool> SendAsync(OwnerContext owner, SyncRound round, SyncVerdict verdict, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var alert = new SyncAlert(owner.Email, verdict, round.ConsecutiveFailures, round.Error, round.LastSucceededAt,
            SyncVerdicts.Lag(round, now)?.TotalSeconds, now);
        var posted = await PostAsync(alert, ct);
        var mailed = await MailAsync(owner, alert, ct);
        return posted || mailed;
    }

    private async Task<bool> PostAsync(SyncAlert alert, CancellationToken ct)
    {
        if (options.Value.AlertWebhookUri is not { } webhook) return false;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            using var response = await http.PostAsJsonAsync(webhook, alert, Json, timeout.Token);
            if (response.IsSuccessStatusCode) return true;
            logger.LogWarning("The sync alert webhook answered {Status} for {Owner}; it is tried again after the next round", (int)response.StatusCode, alert.Mailbox);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            logger.LogWarning("Could not reach the sync alert webhook for {Owner}: {Error}", alert.Mailbox, e.Message);
        }
        return false;
    }

    private async Task<bool> MailAsync(OwnerContext owner, SyncAlert alert, CancellationToken ct)
    {
        var settings = await db.TenantSettings.AsNoTracking().Where(s => s.TenantId == owner.TenantId)
            .Select(s => new { s.SenderMailbox, s.SyncAlertsTo }).SingleOrDefaultAsync(ct);
        if (settings is not { SenderMailbox: { } sender, SyncAlertsTo: { } to }) return false;
        try
        {
            await mail.SendAsync(owner.TenantId, sender, SyncAlertMail.For(alert, to), ct);
            return true;
        }
        catch (Exception e) when (e is MailNotSentException or HttpRequestException or Microsoft.Kiota.Abstractions.ApiException)
        {
            logger.LogWarning("Could not mail the sync alert for {Owner} to {To}: {Error}", owner.Email, to, e.Message);
            return false;
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase) },
    };
}
