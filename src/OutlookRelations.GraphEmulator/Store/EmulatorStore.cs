using System.Collections.Concurrent;
using OutlookRelations.GraphEmulator.Model;

namespace OutlookRelations.GraphEmulator.Store;

/// <summary>Every mailbox the emulator holds, found by user id or by mail address like Graph does.</summary>
public sealed class EmulatorStore
{
    private readonly ConcurrentDictionary<string, Mailbox> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Mailbox> _ordered = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<Mailbox> Mailboxes
    {
        get { lock (_gate) return [.. _ordered]; }
    }

    public Mailbox AddMailbox(EmulatedUser user)
    {
        var mailbox = new Mailbox(user);
        lock (_gate)
        {
            if (!_byKey.TryAdd(user.Id, mailbox)) throw new InvalidOperationException($"User id {user.Id} already exists.");
            _byKey.TryAdd(user.Mail, mailbox);
            _ordered.Add(mailbox);
        }
        return mailbox;
    }

    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _groups = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A security group and its members' user ids, for /groups/{id}/members (admins scope collection by group).</summary>
    public void SetGroup(string groupId, IEnumerable<string> memberUserIds) => _groups[groupId] = [.. memberUserIds];

    public IReadOnlyList<string>? GroupMembers(string groupId) => _groups.GetValueOrDefault(groupId);

    public Mailbox? Find(string idOrMail) => _byKey.GetValueOrDefault(idOrMail);

    public Mailbox Get(string idOrMail) =>
        Find(idOrMail) ?? throw new KeyNotFoundException($"The emulator has no mailbox for '{idOrMail}'.");
}
