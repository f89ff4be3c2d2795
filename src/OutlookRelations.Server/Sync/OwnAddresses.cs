using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Mailboxes;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// Contacts made of the owner's own addresses before Graph told us they were the owner's (an older
/// version, or an alias added since): their mail becomes the owner's, and they stop being contacts.
/// Run at the start of every sync; costs one indexed read when there is nothing to fold.
/// </summary>
public sealed class OwnAddresses(RelationsDbContext db, SyncHooks hooks, ILogger<OwnAddresses> logger)
{
    public async Task FoldAsync(OwnerContext owner, CancellationToken ct)
    {
        var own = owner.Addresses.Append(owner.Email).Distinct().ToList();
        var selves = await db.Contacts.Where(c => own.Contains(c.Email)).Select(c => c.Id).ToListAsync(ct);
        if (selves.Count == 0) return;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sent = db.InteractionParticipants.Where(p => selves.Contains(p.ContactId) && p.Role == ParticipantRole.From).Select(p => p.InteractionId);
        await db.Interactions.Where(i => sent.Contains(i.Id)).ExecuteUpdateAsync(s => s.SetProperty(i => i.Direction, Direction.Outgoing).SetProperty(i => i.IsAutomated, false), ct);
        var changes = new MailboxChanges(owner);
        changes.TouchedContacts.UnionWith(await db.InteractionParticipants
            .Where(p => db.InteractionParticipants.Any(s => s.InteractionId == p.InteractionId && selves.Contains(s.ContactId)) && !selves.Contains(p.ContactId))
            .Select(p => p.ContactId).Distinct().ToListAsync(ct));
        await db.Contacts.Where(c => selves.Contains(c.Id)).ExecuteDeleteAsync(ct);
        changes.RemovedContacts.UnionWith(selves);
        await hooks.PageCommittingAsync(changes, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        logger.LogInformation("{Count} of {Owner}'s own addresses were contacts; their mail is now the owner's", selves.Count, owner.Email);
    }
}
