using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Sources;

/// <summary>
/// Fills the emulator from a maildir tree of raw RFC 822 files (<c>root/&lt;user&gt;/&lt;folder&gt;[/&lt;sub&gt;]/&lt;n&gt;.</c>,
/// the Enron layout), as the person's Exchange mailbox would look: every folder a mail folder,
/// nested folders as child folders, the maildir names of Inbox, Sent Items, Deleted Items and Junk
/// Email mapped onto Exchange's own folders.
/// </summary>
public static class MaildirLoader
{
    private static readonly Dictionary<string, string> WellKnown = new(StringComparer.OrdinalIgnoreCase)
    {
        ["inbox"] = "inbox", ["notes_inbox"] = "inbox",
        ["sent"] = "sentitems", ["_sent_mail"] = "sentitems", ["sent_items"] = "sentitems",
        ["deleted_items"] = "deleteditems",
        ["junk_e_mail"] = "junkemail", ["junk"] = "junkemail", ["junk_mail"] = "junkemail",
        ["drafts"] = "drafts",
    };

    // Lotus Notes exported the calendar, contacts and tasks as files; in Exchange those are not mail
    // folders (Graph's mailFolders does not list them), so neither do we.
    private static readonly HashSet<string> NotMailFolders = new(StringComparer.OrdinalIgnoreCase) { "calendar", "contacts", "tasks" };

    /// <summary>The maildir folder names that map to Graph's Inbox and Sent Items.</summary>
    public static IReadOnlyList<string> MappedFolders { get; } = [.. WellKnown.Where(p => p.Value is "inbox" or "sentitems").Select(p => p.Key)];

    /// <summary>The maildir folder names whose From addresses are the owner's (Sent Items).</summary>
    public static IReadOnlyList<string> SentFolders { get; } = [.. WellKnown.Where(p => p.Value == "sentitems").Select(p => p.Key)];

    /// <summary>
    /// Loads every user folder under <paramref name="root"/>; returns the mailboxes added. Files that
    /// cannot be read as a message are listed in <paramref name="skipped"/>, never silently lost.
    /// With <paramref name="bringForwardTo"/>, every message moves forward by the same whole number
    /// of weeks so the newest is from the week before that moment (see <see cref="WeeksForward"/>).
    /// </summary>
    public static IReadOnlyList<Mailbox> LoadAll(EmulatorStore store, string root, ICollection<string>? skipped = null,
        string tenantDomain = "enron.com", DateTimeOffset? bringForwardTo = null)
    {
        skipped ??= [];
        var users = Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal).Select(dir => Read(dir, skipped)).ToList();
        var shift = bringForwardTo is { } now ? WeeksForward(users.SelectMany(u => u.Folders).SelectMany(Flatten).Select(e => e.Message.SentDateTime), now) : TimeSpan.Zero;
        return [.. users.Select(u => Add(store, u, tenantDomain, shift))];
    }

    /// <summary>Loads one user's maildir folder as one mailbox.</summary>
    public static Mailbox Load(EmulatorStore store, string userDirectory, ICollection<string>? skipped = null, string tenantDomain = "enron.com") =>
        Add(store, Read(userDirectory, skipped ?? []), tenantDomain, TimeSpan.Zero);

    /// <summary>
    /// How far to move a corpus so its newest message is from the last seven days before
    /// <paramref name="now"/>: a demo on 2001's mail read in 2026 would otherwise show every
    /// relationship 25 years quiet and every plan expired. Whole weeks, so "on Monday" in a message
    /// still falls on a Monday; never backwards.
    /// </summary>
    public static TimeSpan WeeksForward(IEnumerable<DateTimeOffset> sent, DateTimeOffset now)
    {
        var newest = sent.DefaultIfEmpty(now).Max();
        var weeks = Math.Max(0, (int)Math.Floor((now - newest).TotalDays / 7));
        return TimeSpan.FromDays(7 * weeks);
    }

    private sealed record MaildirUser(string Key, IReadOnlyList<MaildirFolder> Folders);

    private static MaildirUser Read(string userDirectory, ICollection<string> skipped)
    {
        var userKey = Path.GetFileName(userDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var copies = new MessageCopies();
        var folders = Directory.EnumerateDirectories(userDirectory).Order(StringComparer.Ordinal)
            .Where(d => !NotMailFolders.Contains(Path.GetFileName(d)))
            .Select(d => ReadFolder(userDirectory, d, copies, skipped)).ToList();
        return new MaildirUser(userKey, folders);
    }

    private static Mailbox Add(EmulatorStore store, MaildirUser read, string tenantDomain, TimeSpan shift)
    {
        var sent = read.Folders.Where(f => SentFolders.Contains(f.Name, StringComparer.OrdinalIgnoreCase)).SelectMany(f => f.Messages).ToList();
        var owner = OwnerAddresses.Of(sent, read.Key, tenantDomain);
        var user = new EmulatedUser(StableId.Guid("maildir:" + read.Key), owner.Name, owner.Primary, CompanyName: null)
        {
            ProxyAddresses = [$"SMTP:{owner.Primary}", .. owner.Aliases.Select(a => $"smtp:{a}")],
            // Enron was in Houston; a maildir says nothing about its owner's settings.
            TimeZone = "Central Standard Time",
        };
        var mailbox = store.AddMailbox(user);
        foreach (var folder in read.Folders) Fill(mailbox, folder, parentId: null, shift);
        return mailbox;
    }

    private static IEnumerable<(EmulatedMessage Message, RfcMessageReader.Names Names)> Flatten(MaildirFolder folder) =>
        folder.Entries.Concat(folder.Children.SelectMany(Flatten));

    private sealed record MaildirFolder(string Name, IReadOnlyList<(EmulatedMessage Message, RfcMessageReader.Names Names)> Entries, IReadOnlyList<MaildirFolder> Children)
    {
        public IEnumerable<(EmulatedMessage Message, RfcMessageReader.Names Names)> Messages => Entries;
    }

    private static void Fill(Mailbox mailbox, MaildirFolder folder, string? parentId, TimeSpan shift)
    {
        var target = parentId is null && WellKnown.TryGetValue(folder.Name, out var wellKnown)
            ? mailbox.FindFolder(wellKnown)!
            : mailbox.AddFolder(folder.Name, parentId);
        var messages = mailbox.Folder(target.Id)!;
        foreach (var (message, _) in folder.Entries)
            messages.Upsert(shift == TimeSpan.Zero ? message : message with { SentDateTime = message.SentDateTime + shift, ReceivedDateTime = message.ReceivedDateTime + shift });
        foreach (var child in folder.Children) Fill(mailbox, child, target.Id, shift);
    }

    private static MaildirFolder ReadFolder(string userDirectory, string path, MessageCopies copies, ICollection<string> skipped)
    {
        var entries = new List<(EmulatedMessage, RfcMessageReader.Names)>();
        foreach (var file in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
        {
            if (RfcMessageReader.TryReadFile(file, Path.GetRelativePath(userDirectory, file)) is { } read)
                entries.Add((copies.Share(read.Message, read.ContentKey), read.Names));
            else skipped.Add(file);
        }
        var children = Directory.EnumerateDirectories(path).Order(StringComparer.Ordinal)
            .Select(d => ReadFolder(userDirectory, d, copies, skipped)).ToList();
        return new MaildirFolder(Path.GetFileName(path), entries, children);
    }

    /// <summary>
    /// The corpus gives every copy of a message its own Message-ID (one per file); Exchange keeps one
    /// internetMessageId for a message filed in several folders. Copies with the same sender, sent
    /// time, subject and text share the first copy's id, as they would in the mailbox.
    /// </summary>
    private sealed class MessageCopies
    {
        private readonly Dictionary<string, string> _idByContent = new(StringComparer.Ordinal);

        public EmulatedMessage Share(EmulatedMessage message, string contentKey)
        {
            if (_idByContent.TryGetValue(contentKey, out var id)) return message with { InternetMessageId = id };
            _idByContent[contentKey] = message.InternetMessageId;
            return message;
        }
    }
}
