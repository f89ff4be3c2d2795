using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// Decides whose figures (contact statistics, engagement facts) a page's transaction recomputes.
/// On a first sync the same few hundred people are on nearly every page, and each recompute reads a
/// contact's whole history: recomputing them page by page made the figures the largest part of a
/// first sync (the sync benchmark's profile). So while a stream is read from scratch, the contacts a
/// page touched are only marked (<see cref="Contact.FiguresPending"/>, in the page's transaction)
/// and recomputed together every <see cref="PagesPerRecompute"/> pages and when the mailbox's round
/// ends. Pages of a caught-up stream (new mail) recompute what they touched at once. A crash
/// leaves the marks committed with the rows they describe, and the next round recomputes them.
/// One instance per sync job (scoped).
/// </summary>
public sealed class PendingFigures(RelationsDbContext db)
{
    /// <summary>At most this many first-sync pages (10,000 messages at Graph's usual 100) pass before the figures catch up.</summary>
    public const int PagesPerRecompute = 100;

    private readonly HashSet<long> _pending = [];
    private int _pagesHeld;

    /// <summary>Contacts marked by a round that stopped before recomputing them.</summary>
    public async Task LoadAsync(CancellationToken ct) =>
        _pending.UnionWith(await db.Contacts.Where(c => c.FiguresPending).Select(c => c.Id).ToListAsync(ct));

    /// <summary>
    /// The contacts whose figures this page's transaction recomputes: <paramref name="touched"/> when
    /// <paramref name="hold"/> is false (the marks of those that were pending are cleared); otherwise
    /// none, or every pending contact once enough pages have been held.
    /// </summary>
    public async Task<IReadOnlyCollection<long>> DueAsync(IReadOnlyCollection<long> touched, bool hold, CancellationToken ct)
    {
        if (!hold)
        {
            var cleared = touched.Where(_pending.Remove).ToList();
            await MarkAsync(cleared, false, ct);
            return touched;
        }
        var added = touched.Where(_pending.Add).ToList();
        await MarkAsync(added, true, ct);
        return ++_pagesHeld >= PagesPerRecompute ? await AllAsync(ct) : [];
    }

    /// <summary>Every pending contact, with its mark cleared: for the transaction that ends a round.</summary>
    public async Task<IReadOnlyCollection<long>> AllAsync(CancellationToken ct)
    {
        // The marks as committed too: a page whose transaction rolled back (and was read again) may
        // have left marks this instance already counted as cleared.
        await LoadAsync(ct);
        List<long> due = [.. _pending];
        await MarkAsync(due, false, ct);
        _pending.Clear();
        _pagesHeld = 0;
        return due;
    }

    private async Task MarkAsync(List<long> ids, bool pending, CancellationToken ct)
    {
        foreach (var chunk in ids.Chunk(1_000))
            await db.Contacts.Where(c => chunk.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.FiguresPending, pending), ct);
    }
}
