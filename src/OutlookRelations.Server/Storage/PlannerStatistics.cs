using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace OutlookRelations.Server.Storage;

/// <summary>
/// PostgreSQL plans every query from table statistics that autovacuum refreshes about once a minute
/// at best. A first sync into a new or small database grows the mail tables many times over within
/// that minute, and lookups planned from statistics taken while the tables were nearly empty
/// scanned all of the owner's stored mail for each page (the sync benchmark's profile: 6.5 s of a
/// 13.8 s first sync, in two 100-id lookups a page). So sync reports how much it has stored, and at
/// each doubling from 1,000 messages, when the planner still counts fewer rows than this one sync
/// stored, the mail tables are analysed (the usual advice after a bulk load). In a large database a
/// single mailbox never outgrows the statistics, and this costs one catalogue read per doubling.
/// SQLite's planner reads no such statistics here: nothing to do.
/// </summary>
public sealed class PlannerStatistics(RelationsDbContext db, IOptions<StorageOptions> storage)
{
    private long _next = 1_000;

    /// <summary>Called after a commit, with the messages this sync has stored so far; outside any transaction.</summary>
    public async Task CatchUpAsync(long storedThisSync, CancellationToken ct)
    {
        if (!storage.Value.IsPostgres || storedThisSync < _next) return;
        _next = storedThisSync * 2;
        // -1 until the table was first analysed; the table found through the search path, as ANALYZE finds it.
        var planned = await db.Database.SqlQueryRaw<double>("SELECT reltuples::float8 AS \"Value\" FROM pg_class WHERE oid = '\"MessageCopies\"'::regclass").SingleAsync(ct);
        if (planned >= storedThisSync) return;
        // A role that does not own the tables gets a warning from PostgreSQL, not an error: sync goes on.
        await db.Database.ExecuteSqlRawAsync("ANALYZE \"Interactions\", \"InteractionParticipants\", \"MessageCopies\", \"Contacts\"", ct);
    }
}
