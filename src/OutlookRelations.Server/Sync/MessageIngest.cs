using Microsoft.EntityFrameworkCore;
using Microsoft.Graph.Models;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Cleaning;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Mailboxes;
using Contact = OutlookRelations.Server.Storage.Contact;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// Applies one page of message delta to storage: idempotent upserts keyed by Graph id and
/// internetMessageId, deletions by Graph id. Stores metadata only; the body is never kept.
/// </summary>
public sealed class MessageIngest(RelationsDbContext db, ContactDirectory directory)
{
    /// <summary>
    /// Stores the page and notes in <paramref name="changes"/> what it changed: the contacts whose
    /// figures moved, the messages stored for the first time (for the memory engine, a sync hook) and
    /// the messages deleted.
    /// </summary>
    public async Task ApplyAsync(MailboxChanges changes, string folder, long generation, IReadOnlyList<Message> page, CancellationToken ct)
    {
        var owner = changes.Owner;
        // Mail involving an excluded address is treated as gone: never stored, never read for details.
        var excluded = page.Where(m => !DeltaItems.IsRemoved(m) && !IngestPolicy.Collects(owner, GraphMessagePeople.Of(m).Select(p => p.Address)))
            .Select(m => m.Id!).ToHashSet(StringComparer.Ordinal);
        // Gone from this folder: perhaps moved to another, so it goes only if no folder has it (see MarkRemovedAsync).
        var gone = page.Where(DeltaItems.IsRemoved).Select(m => m.Id!).ToList();
        var removed = excluded.Concat(gone).ToHashSet(StringComparer.Ordinal);
        // A page may repeat an item; the last occurrence is the newest state.
        var live = page.Where(m => !DeltaItems.IsRemoved(m) && m.Id is not null)
            .GroupBy(m => m.Id!, StringComparer.Ordinal).Select(g => g.Last())
            .Where(m => !removed.Contains(m.Id!)).ToList();

        await RemoveAsync(excluded, changes, ct);
        await MarkRemovedAsync(folder, gone, ct);
        if (live.Count == 0) return;

        Dictionary<string, Contact> contacts;
        using (SyncTracing.Phase("ingest.contacts")) contacts = await directory.ResolveAsync(owner, live.SelectMany(GraphMessagePeople.Of), ct);
        var graphIds = live.Select(m => m.Id!).ToList();
        var messageIds = live.Select(InternetMessageId).Distinct().ToList();
        Dictionary<string, MessageCopy> copies;
        Dictionary<string, Interaction> interactions;
        using (SyncTracing.Phase("ingest.lookup"))
        {
            copies = await db.MessageCopies.Where(c => graphIds.Contains(c.GraphId)).ToDictionaryAsync(c => c.GraphId, StringComparer.Ordinal, ct);
            interactions = await db.Interactions.Include(i => i.Participants)
                .Where(i => messageIds.Contains(i.InternetMessageId))
                .ToDictionaryAsync(i => i.InternetMessageId, StringComparer.Ordinal, ct);
        }

        // Interactions stored for the first time go in below EF (RowInserts), after the contacts are saved.
        var fresh = new List<Interaction>();
        foreach (var message in live)
        {
            var key = InternetMessageId(message);
            if (!interactions.TryGetValue(key, out var interaction))
            {
                interaction = NewInteraction(owner, key, message, contacts);
                fresh.Add(interaction);
                interactions[key] = interaction;
                // The memory engine reads each message once, when it is first stored; usually it was read
                // ahead, while the page before committed (PagePreparation).
                var prepared = changes.Prepared?.Messages.GetValueOrDefault(message.Id!) ?? PagePreparation.Prepare(owner, message);
                interaction.IsAutomated = prepared.IsAutomated;
                interaction.Question = prepared.Question;
                changes.FirstStored.Add((prepared.Read, message.WebLink));
            }
            interaction.Subject = Truncate(message.Subject ?? "", 400);
            interaction.ConversationId = message.ConversationId ?? "";
            interaction.SentAt = (message.SentDateTime ?? message.ReceivedDateTime ?? DateTimeOffset.UnixEpoch).ToUniversalTime();
            foreach (var participant in interaction.Participants) participant.SentAt = interaction.SentAt;

            if (copies.TryGetValue(message.Id!, out var copy))
            {
                copy.SeenGeneration = generation;
                copy.Folder = folder;
                copy.PendingRemoval = false;
            }
            else
            {
                copy = new MessageCopy { TenantId = owner.TenantId, OwnerId = owner.OwnerId, GraphId = message.Id!, Folder = folder, SeenGeneration = generation };
                interaction.Copies.Add(copy);
                copies[message.Id!] = copy;
            }
        }
        using (SyncTracing.Phase("ingest.save")) await db.SaveChangesAsync(ct);
        using (SyncTracing.Phase("ingest.rows")) await InsertAsync(fresh, ct);
        changes.People = contacts;
        // New contacts only have ids once saved, so the touched set is read afterwards.
        foreach (var interaction in interactions.Values)
            foreach (var p in interaction.Participants) changes.TouchedContacts.Add(p.ContactId);
    }

    // The contacts are saved, so every participant's contact has its id; the interactions get theirs here.
    private async Task InsertAsync(List<Interaction> fresh, CancellationToken ct)
    {
        if (fresh.Count == 0) return;
        var ids = await RowInserts.InsertReturningKeysAsync(db, fresh, nameof(Interaction.InternetMessageId), ct);
        foreach (var interaction in fresh)
        {
            interaction.Id = ids[NulFreeText.Strip(interaction.InternetMessageId)];
            foreach (var participant in interaction.Participants) (participant.InteractionId, participant.ContactId) = (interaction.Id, participant.Contact!.Id);
            foreach (var copy in interaction.Copies) copy.InteractionId = interaction.Id;
        }
        await RowInserts.InsertAsync(db, [.. fresh.SelectMany(i => i.Participants)], ct);
        await RowInserts.InsertAsync(db, [.. fresh.SelectMany(i => i.Copies)], ct);
    }

    /// <summary>
    /// Copies this folder reported gone, or a full round of it did not see. With immutable ids a move
    /// keeps the id: whichever folder is read first, the one that still has it clears the mark, and
    /// <see cref="PurgeRemovedAsync"/> deletes what stays marked once every folder has been read.
    /// </summary>
    public Task MarkRemovedAsync(string folder, IReadOnlyCollection<string> graphIds, CancellationToken ct)
    {
        if (graphIds.Count == 0) return Task.CompletedTask;
        var ids = graphIds.ToList();
        return db.MessageCopies.Where(c => c.Folder == folder && ids.Contains(c.GraphId))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.PendingRemoval, true), ct);
    }

    /// <summary>Marks every copy a folder holds: the folder was deleted, or is no longer read.</summary>
    public Task MarkFolderRemovedAsync(string folder, CancellationToken ct) =>
        db.MessageCopies.Where(c => c.Folder == folder).ExecuteUpdateAsync(s => s.SetProperty(c => c.PendingRemoval, true), ct);

    /// <summary>Deletes the copies no folder holds any more, noting what that changed.</summary>
    public async Task PurgeRemovedAsync(MailboxChanges changes, CancellationToken ct)
    {
        var gone = await db.MessageCopies.Where(c => c.PendingRemoval).Select(c => c.GraphId).ToListAsync(ct);
        foreach (var chunk in gone.Chunk(500)) await RemoveAsync(chunk, changes, ct);
    }

    /// <summary>Deletes copies; an interaction goes with its last copy. Used for excluded mail and purges.</summary>
    public async Task RemoveAsync(IReadOnlyCollection<string> graphIds, MailboxChanges changes, CancellationToken ct)
    {
        if (graphIds.Count == 0) return;
        var ids = graphIds.ToList();
        var interactionIds = await db.MessageCopies.Where(c => ids.Contains(c.GraphId)).Select(c => c.InteractionId).Distinct().ToListAsync(ct);
        await db.MessageCopies.Where(c => ids.Contains(c.GraphId)).ExecuteDeleteAsync(ct);
        await DeleteOrphansAsync(interactionIds, changes, ct);
    }

    private async Task DeleteOrphansAsync(List<long> interactionIds, MailboxChanges changes, CancellationToken ct)
    {
        var orphans = await db.Interactions
            .Where(i => interactionIds.Contains(i.Id) && !db.MessageCopies.Any(c => c.InteractionId == i.Id))
            .Select(i => i.Id).ToListAsync(ct);
        if (orphans.Count == 0) return;
        changes.TouchedContacts.UnionWith(await db.InteractionParticipants.Where(p => orphans.Contains(p.InteractionId)).Select(p => p.ContactId).ToListAsync(ct));
        // What these messages alone taught is forgotten by the memory hook, in this transaction.
        changes.DeletedMessages.AddRange(await db.Interactions.Where(i => orphans.Contains(i.Id)).Select(i => i.InternetMessageId).ToListAsync(ct));
        await db.Interactions.Where(i => orphans.Contains(i.Id)).ExecuteDeleteAsync(ct);
    }

    private static Interaction NewInteraction(OwnerContext owner, string key, Message message, Dictionary<string, Contact> contacts)
    {
        var from = Address(message.From ?? message.Sender);
        var interaction = new Interaction
        {
            TenantId = owner.TenantId,
            OwnerId = owner.OwnerId,
            InternetMessageId = key,
            Direction = owner.IsOwner(from) ? Direction.Outgoing : Direction.Incoming,
        };
        void Add(Recipient? r, ParticipantRole role)
        {
            if (contacts.TryGetValue(Address(r), out var contact) && !interaction.Participants.Any(p => p.Contact == contact && p.Role == role))
                interaction.Participants.Add(new InteractionParticipant { TenantId = owner.TenantId, OwnerId = owner.OwnerId, Contact = contact, Role = role });
        }
        Add(message.From ?? message.Sender, ParticipantRole.From);
        foreach (var r in message.ToRecipients ?? []) Add(r, ParticipantRole.To);
        foreach (var r in message.CcRecipients ?? []) Add(r, ParticipantRole.Cc);
        foreach (var r in message.BccRecipients ?? []) Add(r, ParticipantRole.Bcc);
        return interaction;
    }

    // Drafts and some system items have no internetMessageId; their Graph id stands in.
    internal static string InternetMessageId(Message m) => string.IsNullOrEmpty(m.InternetMessageId) ? "graph:" + m.Id : m.InternetMessageId;

    internal static string Address(Recipient? r) => r?.EmailAddress?.Address?.Trim().ToLowerInvariant() ?? "";

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
