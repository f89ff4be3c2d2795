using MimeKit;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Sources;

/// <summary>
/// Fills the emulator from a maildir tree of raw RFC 822 files (<c>root/&lt;user&gt;/&lt;folder&gt;/&lt;n&gt;.</c>,
/// the Enron layout). Only the folders Graph's Inbox and Sent Items stand for are loaded.
/// </summary>
public static class MaildirLoader
{
    private static readonly string[] InboxFolders = ["inbox", "notes_inbox"];
    private static readonly string[] SentFolders = ["sent", "_sent_mail", "sent_items"];

    /// <summary>The folder names that map to Graph's Inbox and Sent Items.</summary>
    public static IReadOnlyList<string> MappedFolders { get; } = [.. InboxFolders, .. SentFolders];

    /// <summary>
    /// Loads every user folder under <paramref name="root"/>; returns the mailboxes added. Files that
    /// cannot be read as a message are listed in <paramref name="skipped"/>, never silently lost.
    /// </summary>
    public static IReadOnlyList<Mailbox> LoadAll(EmulatorStore store, string root, ICollection<string>? skipped = null, string tenantDomain = "enron.com") =>
        [.. Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal).Select(dir => Load(store, dir, skipped, tenantDomain))];

    /// <summary>Loads one user's maildir folder as one mailbox.</summary>
    public static Mailbox Load(EmulatorStore store, string userDirectory, ICollection<string>? skipped = null, string tenantDomain = "enron.com")
    {
        var userKey = Path.GetFileName(userDirectory.TrimEnd(Path.DirectorySeparatorChar));
        skipped ??= [];
        var inbox = ReadFolders(userDirectory, InboxFolders, skipped);
        var sent = ReadFolders(userDirectory, SentFolders, skipped);
        var owner = GuessOwner(sent, userKey, tenantDomain);
        var user = new EmulatedUser(StableId.Guid("maildir:" + userKey), owner.Name, owner.Address, CompanyName: null);
        var mailbox = store.AddMailbox(user);
        foreach (var message in inbox) mailbox.Inbox.Upsert(message);
        foreach (var message in sent) mailbox.SentItems.Upsert(message);
        return mailbox;
    }

    private static List<EmulatedMessage> ReadFolders(string userDirectory, string[] folders, ICollection<string> skipped)
    {
        var messages = new List<EmulatedMessage>();
        foreach (var folder in folders)
        {
            var path = Path.Combine(userDirectory, folder);
            if (!Directory.Exists(path)) continue;
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (RfcMessageReader.TryRead(file, Path.GetRelativePath(userDirectory, file)) is { } message) messages.Add(message);
                else skipped.Add(file);
            }
        }
        return messages;
    }

    // The mailbox owner is whoever sent most of the Sent Items; Enron's folders do not say it otherwise.
    private static EmailAddress GuessOwner(List<EmulatedMessage> sent, string userKey, string tenantDomain)
    {
        var top = sent.GroupBy(m => m.From.Address, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
        if (top is null) return new EmailAddress(userKey, $"{userKey}@{tenantDomain}");
        var name = top.Select(m => m.From.Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n) && !n.Contains('@')) ?? top.Key;
        return new EmailAddress(name, top.Key.ToLowerInvariant());
    }
}
