using Microsoft.Graph.Models;
using OutlookRelations.Memory.Cleaning;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Server.Mailboxes;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// Reads a page's live messages before its transaction (see <see cref="PreparedPage"/>): the same
/// reading <see cref="MessageIngest"/> does for a message it stores for the first time, done ahead
/// for all of them. On a first sync every message is new, so none of it is wasted; on later rounds
/// pages are small.
/// </summary>
public sealed class PagePreparation(SyncHooks hooks)
{
    public async Task<PreparedPage> PrepareAsync(OwnerContext owner, IReadOnlyList<Message> page, CancellationToken ct)
    {
        var messages = new Dictionary<string, PreparedMessage>(StringComparer.Ordinal);
        foreach (var message in page)
        {
            ct.ThrowIfCancellationRequested();
            if (DeltaItems.IsRemoved(message) || message.Id is null) continue;
            messages[message.Id] = Prepare(owner, message);
        }
        var prepared = new PreparedPage(owner, messages);
        using (SyncTracing.Phase("prepare.hooks")) await hooks.PrepareAsync(prepared, ct);
        return prepared;
    }

    public static PreparedMessage Prepare(OwnerContext owner, Message message)
    {
        var key = MessageIngest.InternetMessageId(message);
        var direction = owner.IsOwner(MessageIngest.Address(message.From ?? message.Sender)) ? Direction.Outgoing : Direction.Incoming;
        var mail = GraphMail.ToMailMessage(message, key);
        var read = AuthoredMessage.Read(mail);
        return new PreparedMessage(key, read, direction, AutomatedMail.Is(mail, direction == Direction.Outgoing),
            direction == Direction.Incoming ? Questions.AskedIn(read.Authored) : null);
    }
}
