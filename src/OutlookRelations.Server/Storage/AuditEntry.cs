namespace OutlookRelations.Server.Storage;

/// <summary>
/// One admin or erasure action: who did what, to what, when. Append-only: no endpoint changes or
/// deletes entries. An erased mailbox is named by its id only, so the log proves the erasure
/// without keeping the person's address.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public Guid TenantId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public string Target { get; set; } = "";
    public string Details { get; set; } = "";
}
