namespace OutlookRelations.Server.WarmPaths;

/// <summary>
/// A colleague who chose to let the team see whom they know, and how well they know this person:
/// their name and a band, never a figure, a message or a detail.
/// </summary>
public sealed record WarmPath(string ColleagueEmail, string ColleagueName, string Band);
