using System.Diagnostics.Metrics;

namespace OutlookRelations.Server.Sidebar;

/// <summary>The sidebar's meter: how many lookups, how many cards, how long each lookup took.</summary>
public sealed class SidebarMetrics
{
    public const string MeterName = "OutlookRelations.Sidebar";

    private readonly Counter<long> _lookups;
    private readonly Counter<long> _cards;
    private readonly Histogram<double> _duration;

    public SidebarMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _lookups = meter.CreateCounter<long>("outlookrelations.sidebar.lookups", "{lookup}", "Sidebar lookups answered");
        _cards = meter.CreateCounter<long>("outlookrelations.sidebar.cards", "{card}", "Cards returned by sidebar lookups");
        _duration = meter.CreateHistogram<double>("outlookrelations.sidebar.lookup.duration", "s", "Time to build a lookup's cards, database included");
    }

    public void Answered(int cards, TimeSpan elapsed)
    {
        _lookups.Add(1);
        _cards.Add(cards);
        _duration.Record(elapsed.TotalSeconds);
    }
}
