using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sync;

/// <summary>A mailbox's health is its latest round alone (see SyncRound): the admin page and the alert sweep read it the same way.</summary>
public static class LatestRounds
{
    /// <summary>Each mailbox's newest round among <paramref name="rounds"/>.</summary>
    public static IQueryable<SyncRound> Latest(this IQueryable<SyncRound> rounds) =>
        rounds.Where(r => r.Id == rounds.Where(x => x.OwnerId == r.OwnerId).Max(x => x.Id));
}
