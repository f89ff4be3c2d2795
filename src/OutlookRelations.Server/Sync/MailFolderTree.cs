using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Mailboxes;
using GraphFolder = Microsoft.Graph.Models.MailFolder;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// The mailbox's folders, kept by Graph's folder delta (created, renamed, moved and deleted folders
/// between rounds cost nothing more), and which of them sync reads: every folder a person files
/// mail in, including Deleted Items (people delete what they have answered) unless the tenant turns
/// that off. Never Drafts (not sent), Junk Email and Outbox (not correspondence), Conversation
/// History (chats, not mail), Sync Issues, hidden folders, or anything below those.
/// </summary>
public sealed class MailFolderTree(RelationsDbContext db)
{
    public const string Stream = "folders";

    private static readonly HashSet<string> NeverRead = new(StringComparer.Ordinal) { "drafts", "junkemail", "outbox", "conversationhistory", "syncissues" };

    // Read by well-known name, as before folders were discovered: their saved cursors stay valid.
    private static readonly HashSet<string> ByName = new(StringComparer.Ordinal) { "inbox", "sentitems", "deleteditems" };

    private static readonly string[] FirstRead = ["inbox", "sentitems", "deleteditems"];

    /// <summary>The cursor key (and MessageCopy.Folder) of a folder's messages.</summary>
    public static string StreamKey(MailFolder folder) => folder.WellKnownName is { } name && ByName.Contains(name) ? name : folder.GraphId;

    /// <summary>Applies one folder delta page; on a round from scratch, what was known before is forgotten first.</summary>
    public async Task ApplyAsync(OwnerContext owner, IReadOnlyList<GraphFolder> page, bool fromScratch, IReadOnlyDictionary<string, string> wellKnown, CancellationToken ct)
    {
        if (fromScratch) await db.MailFolders.ExecuteDeleteAsync(ct);
        var ids = page.Where(f => f.Id is not null).Select(f => f.Id!).ToList();
        var known = await db.MailFolders.Where(f => ids.Contains(f.GraphId)).ToDictionaryAsync(f => f.GraphId, StringComparer.Ordinal, ct);
        foreach (var folder in page.Where(f => f.Id is not null))
        {
            known.TryGetValue(folder.Id!, out var row);
            if (DeltaItems.IsRemoved(folder))
            {
                if (row is not null) db.MailFolders.Remove(row);
                continue;
            }
            if (row is null)
            {
                row = new MailFolder { TenantId = owner.TenantId, OwnerId = owner.OwnerId, GraphId = folder.Id! };
                db.MailFolders.Add(row);
                known[row.GraphId] = row;
            }
            row.ParentGraphId = folder.ParentFolderId;
            row.IsHidden = folder.IsHidden ?? false;
            row.WellKnownName = wellKnown.GetValueOrDefault(row.GraphId);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The stream keys of the folders to read, in a stable order.</summary>
    public async Task<IReadOnlyList<string>> ReadableAsync(DataPolicy policy, IReadOnlyDictionary<string, string> wellKnown, CancellationToken ct)
    {
        var folders = await db.MailFolders.ToListAsync(ct);
        foreach (var folder in folders) folder.WellKnownName = wellKnown.GetValueOrDefault(folder.GraphId);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return Readable(folders, policy);
    }

    public static IReadOnlyList<string> Readable(IReadOnlyList<MailFolder> folders, DataPolicy policy)
    {
        var byId = folders.ToDictionary(f => f.GraphId, StringComparer.Ordinal);
        bool Read(MailFolder folder, int depth)
        {
            if (folder.IsHidden || depth > 64) return false;
            if (folder.WellKnownName is { } name && (NeverRead.Contains(name) || !IngestPolicy.ReadsFolder(policy, name))) return false;
            // The root (msgfolderroot) is not in the delta: a parent we do not know is the top.
            return folder.ParentGraphId is null || !byId.TryGetValue(folder.ParentGraphId, out var parent) || Read(parent, depth + 1);
        }
        // Inbox and Sent Items first, as sync has always read them; then the rest in a stable order.
        return [.. folders.Where(f => Read(f, 0)).Select(StreamKey)
            .OrderBy(k => Array.IndexOf(FirstRead, k) is var i && i >= 0 ? i : FirstRead.Length).ThenBy(k => k, StringComparer.Ordinal)];
    }
}
