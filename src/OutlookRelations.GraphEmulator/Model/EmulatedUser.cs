namespace OutlookRelations.GraphEmulator.Model;

/// <summary>A directory user with a mailbox. ManagerId lets the emulator answer directReports.</summary>
public sealed record EmulatedUser(
    string Id,
    string DisplayName,
    string Mail,
    string? JobTitle = null,
    string? CompanyName = null,
    string? Department = null,
    string? ManagerId = null);
