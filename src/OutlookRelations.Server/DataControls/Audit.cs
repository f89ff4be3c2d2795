using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.DataControls;

/// <summary>Writes audit entries. There is no code path that edits or deletes one.</summary>
public sealed class Audit(RelationsDbContext db, TimeProvider time)
{
    public void Record(Guid tenantId, string actor, string action, string target = "", string details = "") =>
        db.AuditEntries.Add(new AuditEntry { TenantId = tenantId, At = time.GetUtcNow(), Actor = actor, Action = action, Target = target, Details = details });
}
