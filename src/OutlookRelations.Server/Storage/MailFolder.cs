namespace OutlookRelations.Server.Storage;

/// <summary>
/// One folder of a mailbox as Graph's folder delta last described it: only what deciding whether to
/// read it needs (never its name). <see cref="WellKnownName"/> is set for Exchange's own folders
/// (inbox, sentitems, deleteditems, junkemail …), which Graph v1.0 names only when asked by that name.
/// </summary>
public sealed class MailFolder : IOwnedRow
{
    public Guid TenantId { get; set; }
    public Guid OwnerId { get; set; }
    public required string GraphId { get; set; }
    public string? ParentGraphId { get; set; }
    public string? WellKnownName { get; set; }
    public bool IsHidden { get; set; }
}
