using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Contacts;

/// <summary>The people one mailbox owner knows: finds or creates them by address, in bulk.</summary>
public sealed class ContactDirectory(RelationsDbContext db)
{
    /// <summary>
    /// Returns a tracked contact for every address (lower-cased), creating the missing ones. None of
    /// the owner's own addresses is ever a contact. Names come from the mail (the latest that has one).
    /// </summary>
    public async Task<Dictionary<string, Contact>> ResolveAsync(OwnerContext owner, IEnumerable<(string Address, string? Name)> people, CancellationToken ct)
    {
        var wanted = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (address, name) in people)
        {
            var email = address.Trim().ToLowerInvariant();
            if (email.Length == 0 || !email.Contains('@') || owner.IsOwner(email)) continue;
            if (!wanted.TryGetValue(email, out var known) || string.IsNullOrWhiteSpace(known)) wanted[email] = name;
        }

        var emails = wanted.Keys.ToList();
        var found = await db.Contacts.Where(c => emails.Contains(c.Email)).ToDictionaryAsync(c => c.Email, StringComparer.Ordinal, ct);
        foreach (var (email, name) in wanted)
        {
            var display = string.IsNullOrWhiteSpace(name) || name.Contains('@') ? null : name.Trim();
            if (found.TryGetValue(email, out var contact))
            {
                if (display is not null && contact.DisplayName != display) contact.DisplayName = display;
                continue;
            }
            contact = new Contact
            {
                TenantId = owner.TenantId,
                OwnerId = owner.OwnerId,
                Email = email,
                DisplayName = display ?? email,
                Organisation = Organisations.FromAddress(email, owner.TenantDomain, owner.TenantName),
            };
            db.Contacts.Add(contact);
            found[email] = contact;
        }
        return found;
    }
}

/// <summary>The mailbox owner a unit of work acts for, with what contact naming needs.</summary>
public sealed record OwnerContext(Guid TenantId, Guid OwnerId, string GraphUserId, string Email, string TenantDomain, string TenantName)
{
    /// <summary>The tenant's data controls, as sync applies them.</summary>
    public DataControls.DataPolicy Policy { get; init; } = DataControls.DataPolicy.Default;
    /// <summary>The owner paused collection for their mailbox: sync reads nothing.</summary>
    public bool Paused { get; init; }
    /// <summary>Every address of the owner's mailbox, <see cref="Email"/> included, lower-case.</summary>
    public IReadOnlySet<string> Addresses { get; init => field = value.Append(Email).ToHashSet(StringComparer.Ordinal); } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Mail from any of the mailbox's addresses is the owner's own; none of them is a contact.</summary>
    public bool IsOwner(string address) => address == Email || Addresses.Contains(address);
}
