using System.Globalization;
using System.Text;

namespace OutlookRelations.Server.Contacts;

/// <summary>
/// A contact's messages per calendar month (UTC), kept on the contact row as "yyyymm:count" pairs
/// ("202510:4 202511:9") so a sidebar card's twelve-month trend is read, not counted. Only months
/// a trend drawn from now on can show are kept: from twelve months before the figures were computed.
/// </summary>
public static class MonthlyMessages
{
    public const int TrendMonths = 12;

    public static string Encode(IEnumerable<DateTimeOffset> sent, DateTimeOffset computedAt)
    {
        var first = MonthKey(MonthStarts(computedAt)[0]);
        var text = new StringBuilder();
        foreach (var month in sent.Select(MonthKey).Where(m => m >= first).GroupBy(m => m).OrderBy(g => g.Key))
            text.Append(text.Length == 0 ? "" : " ").Append(CultureInfo.InvariantCulture, $"{month.Key}:{month.Count()}");
        return text.ToString();
    }

    /// <summary>The last twelve months' counts as of <paramref name="now"/>, oldest first.</summary>
    public static int[] Trend(string encoded, DateTimeOffset now)
    {
        var months = MonthStarts(now).Take(TrendMonths).Select(MonthKey).ToList();
        var counts = new int[TrendMonths];
        foreach (var pair in encoded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = pair.IndexOf(':');
            var index = months.IndexOf(int.Parse(pair.AsSpan(0, colon), CultureInfo.InvariantCulture));
            if (index >= 0) counts[index] = int.Parse(pair.AsSpan(colon + 1), CultureInfo.InvariantCulture);
        }
        return counts;
    }

    /// <summary>The starts of the last twelve calendar months (UTC), oldest first, and of the next one.</summary>
    public static DateTimeOffset[] MonthStarts(DateTimeOffset now)
    {
        var thisMonth = new DateTimeOffset(now.UtcDateTime.Year, now.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero);
        return [.. Enumerable.Range(-(TrendMonths - 1), TrendMonths + 1).Select(thisMonth.AddMonths)];
    }

    private static int MonthKey(DateTimeOffset at) => at.UtcDateTime.Year * 100 + at.UtcDateTime.Month;
}
