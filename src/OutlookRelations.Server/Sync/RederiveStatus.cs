using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// How far re-reading mail for a new memory engine got, for /api/sync/status beside the sync's own
/// progress. Read from the stored cursor, so every instance (and a restarted one) tells the same.
/// </summary>
public sealed record RederiveStatus(int Done, int Total, string Message)
{
    public static async Task<RederiveStatus?> ReadAsync(RelationsDbContext db, CancellationToken ct)
    {
        var round = await db.DetailRederivations.AsNoTracking().SingleOrDefaultAsync(ct);
        if (round is null) return null;
        var message = string.Create(CultureInfo.InvariantCulture, $"Re-reading mail for the new memory engine: {round.Done:N0} of {round.Total:N0}");
        return new RederiveStatus(round.Done, round.Total, message);
    }
}
