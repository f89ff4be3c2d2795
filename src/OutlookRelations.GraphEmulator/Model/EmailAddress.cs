namespace OutlookRelations.GraphEmulator.Model;

/// <summary>Graph's emailAddress complex type: a display name and an SMTP address.</summary>
public sealed record EmailAddress(string Name, string Address);
