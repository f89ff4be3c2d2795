namespace OutlookRelations.Server.Storage;

/// <summary>
/// Whose data this unit of work may see. Set once per request from the signed-in principal, or
/// per job from the mailbox being synced. Unset, every owned table reads as empty: we fail closed.
/// </summary>
public sealed class DataScope
{
    public Guid TenantId { get; private set; }
    public Guid OwnerId { get; private set; }
    public bool IsSet => OwnerId != Guid.Empty;

    public void Enter(Guid tenantId, Guid ownerId)
    {
        if (IsSet && (tenantId != TenantId || ownerId != OwnerId))
            throw new InvalidOperationException("A data scope cannot switch owners; use a new DI scope.");
        TenantId = tenantId;
        OwnerId = ownerId;
    }
}
