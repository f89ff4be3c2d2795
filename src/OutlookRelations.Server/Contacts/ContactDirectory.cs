using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Mailboxes;
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
