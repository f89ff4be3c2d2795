namespace OutlookRelations.GraphEmulator.Model;

/// <summary>
/// A directory user with a mailbox. ManagerId lets the emulator answer directReports.
/// <see cref="ProxyAddresses"/> are every address the mailbox receives and sends as, in Graph's form
/// ("SMTP:primary@x", "smtp:alias@x"); empty means just <see cref="Mail"/>.
/// </summary>
public sealed record EmulatedUser(
    string Id,
    string DisplayName,
    string Mail,
    string? JobTitle = null,
    string? CompanyName = null,
    string? Department = null,
    string? ManagerId = null)
{
    public IReadOnlyList<string> ProxyAddresses { get; init; } = [];
    /// <summary>mailboxSettings.timeZone: Graph gives the Windows name the user chose in Outlook.</summary>
    public string TimeZone { get; init; } = "UTC";
}
