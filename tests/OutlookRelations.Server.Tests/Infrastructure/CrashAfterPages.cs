using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Tests.Infrastructure;

/// <summary>Simulates the process dying right after a page committed: throws once, after N pages.</summary>
public sealed class CrashAfterPages(int pages) : ISyncObserver
{
    private int _seen;
    public bool Crashed { get; private set; }

    public void PageCommitted(SyncPage page)
    {
        if (Crashed || ++_seen < pages) return;
        Crashed = true;
        throw new SimulatedCrashException($"Simulated crash after page {_seen} ({page.Stream}).");
    }
}

public sealed class SimulatedCrashException(string message) : Exception(message);
