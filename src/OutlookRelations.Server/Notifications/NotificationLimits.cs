namespace OutlookRelations.Server.Notifications;

/// <summary>
/// What the anonymous notification endpoints accept. Anyone can post to them, so the work one POST
/// can cause is bounded before anything is parsed or looked up (issue 15: a 20 MB body of 400,000
/// items once took 35 s, one database lookup per item). Graph itself sends a few hundred items a
/// POST at most, each well under a kilobyte, so these leave it ample room.
/// </summary>
public static class NotificationLimits
{
    /// <summary>A larger body is refused with 413 without being read to the end.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>A batch with more items is refused with 400.</summary>
    public const int MaxItems = 1_000;
}
