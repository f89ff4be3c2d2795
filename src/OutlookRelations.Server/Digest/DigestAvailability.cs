using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Digest;

/// <summary>
/// The tenant's side of the digest, in one place for the job (which skips) and the API (which says
/// why the switch is off): admins may turn digests off, and nothing is sent before they name a sender.
/// </summary>
public static class DigestAvailability
{
    public sealed record Blocked(DigestOutcome Outcome, string Reason);

    /// <returns>Null when a digest can be sent; a tenant without settings has no sender yet.</returns>
    public static Blocked? Of(TenantSettings? settings) => settings switch
    {
        { DigestsAllowed: false } => new(DigestOutcome.NotAllowed, "Your organisation's admins have turned the digest off."),
        null or { SenderMailbox: null } => new(DigestOutcome.NoSender, "Your organisation's admins have not chosen a mailbox to send it from yet."),
        _ => null,
    };
}
