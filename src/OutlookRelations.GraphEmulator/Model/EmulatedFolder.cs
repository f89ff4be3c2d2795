namespace OutlookRelations.GraphEmulator.Model;

/// <summary>
/// The subset of Graph's mailFolder resource the emulator serves. <see cref="WellKnownName"/> is the
/// name Graph resolves in URLs (inbox, sentitems, deleteditems …); Graph v1.0 does not return it as a
/// property, so clients learn a well-known folder's id by asking for it by that name.
/// </summary>
public sealed record EmulatedFolder : IEmulatedItem
{
    public required string Id { get; init; }
    public required string DisplayName { get; init; }
    /// <summary>The parent's id; top-level folders have the root (msgfolderroot) as parent.</summary>
    public required string ParentFolderId { get; init; }
    public string? WellKnownName { get; init; }
    public bool IsHidden { get; init; }
}
