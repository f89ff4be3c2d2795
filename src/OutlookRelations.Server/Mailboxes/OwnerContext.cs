namespace OutlookRelations.Server.Mailboxes;

/// <summary>The mailbox owner a unit of work acts for, with what contact naming needs.</summary>
public sealed record OwnerContext(Guid TenantId, Guid OwnerId, string GraphUserId, string Email, string TenantDomain, string TenantName)
{
    /// <summary>The tenant's data controls, as sync applies them.</summary>
    public DataPolicy Policy { get; init; } = DataPolicy.Default;
    /// <summary>The owner paused collection for their mailbox: sync reads nothing.</summary>
    public bool Paused { get; init; }
    /// <summary>Every address of the owner's mailbox, <see cref="Email"/> included, lower-case.</summary>
    public IReadOnlySet<string> Addresses { get; init => field = value.Append(Email).ToHashSet(StringComparer.Ordinal); } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Mail from any of the mailbox's addresses is the owner's own; none of them is a contact.</summary>
    public bool IsOwner(string address) => address == Email || Addresses.Contains(address);
}
