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

    /// <summary>The directory (tid) every emulated user belongs to; change notifications carry it.</summary>
    public string TenantId { get; init; } = "6f5c2b1e-0a4d-4c33-9d57-3e0b1f2a7c11";

    /// <summary>
    /// The emulator's clock: token lifetimes, subscription expiry and sent mail are judged by it.
    /// Settable so an in-process host can give the emulator its own clock after the store was
    /// filled (the server's demo mode and its tests run both sides on one clock).
    /// </summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Change-notification subscriptions, as POST /subscriptions made them.</summary>
    public SubscriptionRegistry Subscriptions { get; } = new();

    /// <summary>Mail sent through sendMail: the emulator delivers nothing, it keeps what was sent.</summary>
    public SentMailLog Sent { get; } = new();

    /// <summary>Any change in any mailbox (raised after the change is visible to delta queries).</summary>
    public event Action<Mailbox, MailboxChange>? MailboxChanged;

    public Mailbox AddMailbox(EmulatedUser user)
    {
        var mailbox = new Mailbox(user);
        mailbox.Changed += (m, change) => MailboxChanged?.Invoke(m, change);
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
