using System.Diagnostics;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// A span for each phase of a sync page: fetching it from Graph, storing its rows, each feature's
/// hook, saving and committing. Telemetry exports them with the rest (OutlookRelations.*); the sync
/// benchmark's --profile adds them up, which is how the README's profile of a first sync is measured.
/// Without a listener StartActivity returns null and a phase costs nothing.
/// </summary>
public static class SyncTracing
{
    public const string SourceName = "OutlookRelations.Sync";
    private static readonly ActivitySource Source = new(SourceName);

    public static Activity? Phase(string name) => Source.StartActivity("sync." + name, ActivityKind.Internal);
}
