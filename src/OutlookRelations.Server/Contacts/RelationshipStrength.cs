namespace OutlookRelations.Server.Contacts;

/// <summary>
/// A time-decayed count of exchanges: each message or meeting is worth 1 today and half as much
/// every <see cref="HalfLifeDays"/> days older. Stored as a log-sum relative to a fixed epoch, so
/// the stored value ranks contacts correctly at any later time without being rewritten.
/// </summary>
public static class RelationshipStrength
{
    public const double HalfLifeDays = 90;
    private static readonly DateTimeOffset Epoch = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The log-weight of one exchange at <paramref name="at"/>.</summary>
    public static double LogWeight(DateTimeOffset at) => Math.Log(2) * (at - Epoch).TotalDays / HalfLifeDays;

    /// <summary>ln(e^a + e^b) without overflow; −∞ is the empty sum.</summary>
    public static double LogAdd(double a, double b)
    {
        if (double.IsNegativeInfinity(a)) return b;
        if (double.IsNegativeInfinity(b)) return a;
        var max = Math.Max(a, b);
        return max + Math.Log(Math.Exp(a - max) + Math.Exp(b - max));
    }

    /// <summary>What one exchange at <paramref name="at"/> is worth at <paramref name="now"/>: 2^(−age / half-life).</summary>
    public static double Weight(DateTimeOffset at, DateTimeOffset now) => Math.Pow(2, -(now - at).TotalDays / HalfLifeDays);

    /// <summary>At or above: a strong relationship; at or above <see cref="Regular"/>: a regular one; below it, light.</summary>
    public const double Strong = 5, Regular = 1;

    /// <summary>"strong", "regular" or "light": what others may be told of a relationship, never the figure.</summary>
    public static string Band(double strength) => strength >= Strong ? "strong" : strength >= Regular ? "regular" : "light";

    /// <summary>The strength as of <paramref name="now"/>: "equivalent exchanges today".</summary>
    public static double At(double strengthLog, DateTimeOffset now) =>
        double.IsNegativeInfinity(strengthLog) ? 0 : Math.Exp(strengthLog - LogWeight(now));
}
