namespace OutlookRelations.Server.Contacts;

/// <summary>
/// The owner's own time zone from what Graph gave (mailboxSettings.timeZone): Windows names
/// ("Pacific Standard Time") and IANA ids both resolve on .NET with ICU; anything unknown is UTC.
/// </summary>
public static class OwnerZone
{
    public static TimeZoneInfo Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return TimeZoneInfo.Utc;
        return TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    /// <summary>The owner's calendar day at <paramref name="now"/>.</summary>
    public static DateOnly Today(DateTimeOffset now, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
}
