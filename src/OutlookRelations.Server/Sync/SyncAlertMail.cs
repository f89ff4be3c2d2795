using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using OutlookRelations.Server.GraphAccess;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// The mail an admin gets when a mailbox's sync is in trouble. The last error holds Graph's words
/// (and can quote a mailbox's name), so every value is HTML-encoded.
/// </summary>
public static class SyncAlertMail
{
    public static OutgoingMail For(SyncAlerts.SyncAlert alert, string to)
    {
        var state = alert.Verdict == SyncVerdict.Stalled ? "stalled" : "failing";
        // Markup characters encoded, every script left readable (names are not only Latin).
        var html = HtmlEncoder.Create(UnicodeRanges.All);
        string Row(string name, string? value) => $"<tr><th align=\"left\">{name}</th><td>{html.Encode(value ?? "never")}</td></tr>";
        var body = $"""
            <p>The mail sync of <b>{html.Encode(alert.Mailbox)}</b> is <b>{state}</b>: {(alert.Verdict == SyncVerdict.Stalled
                ? "Graph has newer mail than OutlookRelations, and no round has taken any in for a while."
                : "its recent rounds failed.")}</p>
            <table>
            {Row("Consecutive failures", alert.ConsecutiveFailures.ToString(CultureInfo.InvariantCulture))}
            {Row("Last error", alert.LastError ?? "none")}
            {Row("Last successful round (UTC)", alert.LastSucceededAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))}
            {Row("Newest mail waiting", alert.LagSeconds is { } s ? $"{TimeSpan.FromSeconds(s).TotalHours:0.#} hours" : "unknown")}
            </table>
            <p>The admin page's Sync health table shows every mailbox. You are told once; the next mail comes if the mailbox recovers and fails again.</p>
            """;
        return new OutgoingMail(to, $"OutlookRelations: the sync of {alert.Mailbox} is {state}", body);
    }
}
