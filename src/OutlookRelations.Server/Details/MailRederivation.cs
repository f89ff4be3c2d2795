using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using OutlookRelations.Memory.Cleaning;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.GraphAccess;
using OutlookRelations.Server.Mailboxes;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Details;

/// <summary>
/// Re-derives a mailbox's details when the memory engine is newer than the one that found them.
/// Bodies are never stored, so the window's mail is fetched again from Graph by id. The round starts
/// by dropping what the older engine found in that mail (machine details only: what a person
/// confirmed, corrected, dismissed or wrote stays), then reads the messages in batches, each
/// committed with the cursor, so a crash continues at the first batch not stored.
/// </summary>
public sealed class MailRederivation(
    RelationsDbContext db,
    GraphPages pages,
    ContactDirectory directory,
    DetailStore details,
    EngagementFacts engagement,
    IngestPolicy policy,
    IOptions<RederiveOptions> options,
    IOptions<GraphOptions> graphOptions,
    TimeProvider time,
    ILogger<MailRederivation> logger)
{
    /// <summary>Told after every committed batch (tests stop a run here, as a crash would).</summary>
    public event Action<DetailRederivation>? BatchCommitted;

    /// <summary>True when the mailbox's details came from an older engine and it has mail to read again.</summary>
    public async Task<bool> IsBehindAsync(Guid ownerId, CancellationToken ct)
    {
        var version = await db.Owners.Where(o => o.Id == ownerId).Select(o => o.DetailsExtractorVersion).SingleOrDefaultAsync(ct);
        return version != ExtractorVersion.Current;
    }

    /// <summary>
    /// A mailbox with nothing stored yet is read by the current engine from the start: called before
    /// a sync, so a first sync is not followed by reading the same mail again.
    /// </summary>
    public async Task MarkCurrentIfEmptyAsync(Guid ownerId, CancellationToken ct)
    {
        if (await db.Interactions.AnyAsync(ct)) return;
        await db.Owners.Where(o => o.Id == ownerId && o.DetailsExtractorVersion != ExtractorVersion.Current)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.DetailsExtractorVersion, ExtractorVersion.Current), ct);
    }

    /// <summary>Metadata-only mode: no engine has read this mailbox's mail, so turning the mode off reads it.</summary>
    public Task MarkUnreadAsync(Guid ownerId, CancellationToken ct) =>
        db.Owners.Where(o => o.Id == ownerId && o.DetailsExtractorVersion != null)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.DetailsExtractorVersion, (string?)null), ct);

    public async Task RederiveAsync(Guid ownerId, CancellationToken ct)
    {
        var owner = await db.LoadOwnerContextAsync(ownerId, ct);
        db.Scope.Enter(owner.TenantId, owner.OwnerId);
        if (!await IsBehindAsync(ownerId, ct)) return;
        if (await policy.RefusalAsync(owner, ct) is not null || !IngestPolicy.ReadsBodies(owner))
        {
            logger.LogInformation("Mailbox {Owner} is paused, out of scope or metadata-only; its details are not derived again", ownerId);
            return;
        }
        var round = await StartOrResumeAsync(owner, ct);
        while (await NextBatchAsync(owner, round, ct) is { Count: > 0 } batch)
        {
            var read = await ReadAllAsync(owner, batch, ct);
            await CommitAsync(owner, round, batch, read, ct);
            BatchCommitted?.Invoke(round);
        }
        await FinishAsync(round, ct);
        logger.LogInformation("Mailbox {Owner}: {Count} messages read again by memory engine {Version}", ownerId, round.Done, round.TargetVersion);
    }

    // A round for an engine that has since been replaced again starts over for the newest one.
    private async Task<DetailRederivation> StartOrResumeAsync(OwnerContext owner, CancellationToken ct)
    {
        var round = await db.DetailRederivations.SingleOrDefaultAsync(ct);
        if (round?.TargetVersion == ExtractorVersion.Current) return round;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = time.GetUtcNow();
        var since = now.AddDays(-options.Value.RederiveDays);
        var upTo = await db.Interactions.MaxAsync(i => (long?)i.Id, ct) ?? 0;
        if (round is null)
        {
            round = new DetailRederivation { TenantId = owner.TenantId, OwnerId = owner.OwnerId, TargetVersion = ExtractorVersion.Current };
            db.DetailRederivations.Add(round);
        }
        round.TargetVersion = ExtractorVersion.Current;
        round.Since = since;
        round.UpToInteractionId = upTo;
        round.LastInteractionId = 0;
        round.Done = 0;
        round.Total = await db.Interactions.CountAsync(i => i.SentAt >= since && i.Id <= upTo, ct);
        round.StartedAt = now;
        round.UpdatedAt = now;
        var changed = await details.ForgetOlderEngineAsync(ExtractorVersion.Current, since, upTo, ct);
        await engagement.RecomputeAsync([.. changed], ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return round;
    }

    private async Task<List<(long Id, string InternetMessageId, List<string> GraphIds)>> NextBatchAsync(OwnerContext owner, DetailRederivation round, CancellationToken ct)
    {
        var rows = await db.Interactions.AsNoTracking()
            .Where(i => i.Id > round.LastInteractionId && i.Id <= round.UpToInteractionId && i.SentAt >= round.Since)
            .OrderBy(i => i.Id).Take(options.Value.RederiveBatchSize)
            .Select(i => new { i.Id, i.InternetMessageId, GraphIds = i.Copies.Select(c => c.GraphId).ToList() })
            .ToListAsync(ct);
        return [.. rows.Select(r => (r.Id, r.InternetMessageId, r.GraphIds))];
    }

    // Outside the transaction: Graph may be slow or throttle, and the database should not wait on it.
    private async Task<List<(Message Message, string InternetMessageId)>> ReadAllAsync(
        OwnerContext owner, List<(long Id, string InternetMessageId, List<string> GraphIds)> batch, CancellationToken ct)
    {
        var read = new List<(Message, string)>();
        foreach (var (_, internetMessageId, graphIds) in batch)
        {
            // Any copy will do (Inbox or Sent Items); a message gone from Graph is skipped, and the next sync removes it.
            foreach (var graphId in graphIds)
            {
                if (await FetchAsync(owner, graphId, ct) is not { } message) continue;
                read.Add((message, internetMessageId));
                break;
            }
        }
        return read;
    }

    // Throttling the SDK could not absorb is waited out here, honouring Retry-After, as sync does.
    private async Task<Message?> FetchAsync(OwnerContext owner, string graphId, CancellationToken ct)
    {
        for (var retries = 0; ; retries++)
        {
            try
            {
                return await pages.FetchMessageAsync(owner, graphId, ct);
            }
            catch (Exception e) when (GraphFailure.IsTransient(e, out var wait) && retries < graphOptions.Value.MaxOuterRetries)
            {
                logger.LogWarning("Graph is throttling or unavailable for mailbox {Owner}; reading a message again in {Wait}", owner.OwnerId, wait);
                await Task.Delay(wait, time, ct);
            }
        }
    }

    private async Task CommitAsync(
        OwnerContext owner, DetailRederivation round, List<(long Id, string InternetMessageId, List<string> GraphIds)> batch,
        List<(Message Message, string InternetMessageId)> read, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Mail with someone excluded since it was stored is not read; the data controls job removes it.
        var allowed = read.Where(r => IngestPolicy.Collects(owner, GraphMessagePeople.Of(r.Message).Select(p => p.Address))).ToList();
        var contacts = await directory.ResolveAsync(owner, allowed.SelectMany(r => GraphMessagePeople.Of(r.Message)), ct);
        var messages = allowed.Select(r => (AuthoredMessage.Read(GraphMail.ToMailMessage(r.Message, r.InternetMessageId)), r.Message.WebLink)).ToList();
        await details.RememberAgainAsync(owner, messages, contacts, ct);
        await db.SaveChangesAsync(ct);
        await engagement.RecomputeAsync([.. contacts.Values.Select(c => c.Id)], ct);
        round.LastInteractionId = batch[^1].Id;
        round.Done += batch.Count;
        round.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        db.Attach(round);
    }

    private async Task FinishAsync(DetailRederivation round, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Owners.Where(o => o.Id == round.OwnerId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.DetailsExtractorVersion, round.TargetVersion), ct);
        db.DetailRederivations.Remove(round);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
