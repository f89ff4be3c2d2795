using System.Text.RegularExpressions;

namespace OutlookRelations.Server.Tests.Engagement.RawCount;

/// <summary>
/// One Enron maildir owner counted straight from the files, by docs/metrics.md: the folders that
/// count (every mail folder but drafts and junk; calendar, contacts and tasks are not mail), each
/// message once however often it was filed, the owner's own addresses, and mail from senders that
/// are not people left out.
/// </summary>
public sealed partial class RawMailbox
{
    private static readonly string[] SentFolders = ["sent", "_sent_mail", "sent_items"];
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase) { "drafts", "junk_e_mail", "junk", "junk_mail", "calendar", "contacts", "tasks" };

    public required string Owner { get; init; }
    public required IReadOnlySet<string> OwnerAddresses { get; init; }
    public required IReadOnlyList<RawMessage> Messages { get; init; }
    public int Automated { get; init; }

    public static RawMailbox Read(string userDirectory)
    {
        var byFolder = Directory.EnumerateDirectories(userDirectory)
            .Where(d => !NotCounted.Contains(Path.GetFileName(d)))
            .ToDictionary(d => Path.GetFileName(d), d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories).Select(RawMessage.Read).OfType<RawMessage>().ToList());
        var sent = byFolder.Where(f => SentFolders.Contains(f.Key)).SelectMany(f => f.Value).ToList();
        var owner = sent.GroupBy(m => m.From).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        var person = Person(owner.Select(m => m.FromName).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n) && !n.Contains('@')));
        var domain = owner.Key[(owner.Key.IndexOf('@') + 1)..];
        var addresses = new HashSet<string>(StringComparer.Ordinal) { owner.Key };
        foreach (var message in sent.Where(m => m.From == owner.Key || (person is not null && Person(m.FromName) == person)))
        {
            addresses.Add(message.From);
            if (message.FromName is not null && LegacyAlias().Match(message.FromName) is { Success: true } alias) addresses.Add($"{alias.Groups[1].Value.ToLowerInvariant()}@{domain}");
        }
        var distinct = byFolder.Values.SelectMany(v => v).GroupBy(m => m.CopyKey).Select(g => g.First()).ToList();
        var automated = distinct.Where(m => !addresses.Contains(m.From) && NotAPerson(m)).ToList();
        return new RawMailbox { Owner = owner.Key, OwnerAddresses = addresses, Messages = [.. distinct.Except(automated)], Automated = automated.Count };
    }

    /// <summary>Role and no-reply senders, generated notifications, newsletters, lists writing as themselves.</summary>
    private static bool NotAPerson(RawMessage m)
    {
        string? H(string name) => m.Headers.GetValueOrDefault(name);
        if (H("Auto-Submitted")?.Trim().StartsWith("auto-generated", StringComparison.OrdinalIgnoreCase) == true) return true;
        if (RoleAddress().IsMatch(m.From)) return true;
        var post = H("List-Post");
        if (post is not null) return post.Contains(m.From, StringComparison.OrdinalIgnoreCase);
        return H("List-Unsubscribe") is not null || H("Precedence")?.Trim().ToLowerInvariant() is "bulk" or "junk";
    }

    // "Phillip K Allen", "Allen, Phillip K. </O=ENRON/…>": given name and surname, lower-case.
    private static (string, string)? Person(string? name)
    {
        if (name is null) return null;
        var plain = Regex.Replace(name, "<?/O=[^>]*>?", "", RegexOptions.IgnoreCase).Trim().Trim('"').Trim();
        if (plain.Contains('@')) return null;
        var comma = plain.IndexOf(',');
        if (comma > 0 && plain.IndexOf(',', comma + 1) < 0) plain = plain[(comma + 1)..] + " " + plain[..comma];
        var words = plain.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 ? null : (words[0].ToLowerInvariant(), words[^1].ToLowerInvariant());
    }

    [GeneratedRegex(@"/CN=([A-Za-z0-9._-]+)>?\s*$")]
    private static partial Regex LegacyAlias();

    // docs/metrics.md: a role or no-reply address (noreply@, news@, notifications@ …).
    [GeneratedRegex(@"^(?:[\w.-]*(?:news|newsletter|noreply|no-reply|donotreply|do-not-reply|announce\w*|mailer|marketing|promo\w*|offers?|alerts?|digest|daily\w*|updates?|delivers|bounce\w*|listserv|majordomo|subscriptions?|webmaster|customer\.?service|notification\w*|postmaster)[\w.-]*|info|feedback|owner-[\w.-]+)@", RegexOptions.IgnoreCase)]
    private static partial Regex RoleAddress();
}
