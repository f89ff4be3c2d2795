using System.Diagnostics.Metrics;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Telemetry;

/// <summary>
/// Sync's meter, fed by the observer sync already tells about every committed page (the way the
/// status endpoint learns of progress), so counting needs no change inside sync itself; and told of
/// every round's end, for the lag the admins' sync health shows.
/// </summary>
public sealed class SyncMetrics : ISyncObserver, ISyncRoundObserver
{
    public const string MeterName = "OutlookRelations.Sync";

    private readonly Counter<long> _pages;
    private readonly Counter<long> _items;
    private readonly Counter<long> _rounds;
    private readonly Histogram<double> _lag;

    public SyncMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _pages = meter.CreateCounter<long>("outlookrelations.sync.pages", "{page}", "Delta pages committed, by stream (inbox, sentitems, calendar)");
        _items = meter.CreateCounter<long>("outlookrelations.sync.items", "{item}", "Messages (inbox, sentitems) and events (calendar) synced");
        _rounds = meter.CreateCounter<long>("outlookrelations.sync.rounds", "{round}", "Delta rounds that reached their delta link");
        _lag = meter.CreateHistogram<double>("outlookrelations.sync.lag", "s",
            "At the end of each mailbox sync: how long the newest Inbox message Graph has and sync does not has been waiting (0 when none), by outcome");
    }

    public void PageCommitted(SyncPage page)
    {
        var stream = new KeyValuePair<string, object?>("sync.stream", page.Stream);
        _pages.Add(1, stream);
        _items.Add(page.Items, stream);
        if (page.RoundComplete) _rounds.Add(1, stream);
    }

    public void RoundFinished(Guid ownerId, Storage.SyncRoundOutcome outcome, TimeSpan? lag)
    {
        // Unknown (Graph not asked, or an empty Inbox) is no measurement, not a lag of zero.
        if (lag is { } seconds) _lag.Record(seconds.TotalSeconds, new KeyValuePair<string, object?>("sync.outcome", outcome.ToString().ToLowerInvariant()));
    }
}
