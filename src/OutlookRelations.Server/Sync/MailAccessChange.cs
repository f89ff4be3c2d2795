using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Mailboxes;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// Graph's delta links carry the fields the first call of their round asked for, so a mail folder
/// whose round began before the tenant turned metadata-only mode on (or off) would go on asking
/// for bodies (or going without). Such a folder starts a new round; what it stored is kept and
/// seen again, nothing is fetched twice into the database.
/// </summary>
public static class MailAccessChange
{
    public static async Task RestartChangedAsync(RelationsDbContext db, OwnerContext owner, IReadOnlyList<string> mailStreams, ILogger logger, CancellationToken ct)
    {
        var reads = IngestPolicy.ReadsBodies(owner);
        var restarted = await db.SyncCursors
            .Where(c => mailStreams.Contains(c.Stream) && c.Link != null && c.ReadsBodies != reads)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Link, (string?)null).SetProperty(c => c.IsCaughtUp, false), ct);
        if (restarted > 0)
            logger.LogInformation("Mail access of {Owner} is now {Mode}; {Count} folders are read again from the start",
                owner.Email, reads ? "full" : "metadata-only", restarted);
    }
}
