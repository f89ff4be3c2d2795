using System.Globalization;
using System.Text.RegularExpressions;

namespace OutlookRelations.Memory.Dates;

/// <summary>
/// Resolves the first date a sentence states against the message's sent time, in the writer's own
/// time zone: "tomorrow", "next Friday", "this past weekend", "March 3rd", "the 21st", "4/9/2001".
/// Returns null when the sentence names no date (a vague "next month" is not a date).
/// </summary>
public static partial class DateResolver
{
    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    public static DateOnly? Resolve(string sentence, DateTimeOffset sentAt)
    {
        if (sentAt == DateTimeOffset.MinValue) return null;
        var sent = DateOnly.FromDateTime(sentAt.DateTime);
        var candidates = new List<(int Index, DateOnly Date)>();
        Relative(sentence, sent, candidates);
        Calendar(sentence, sent, candidates);
        return candidates.Count == 0 ? null : candidates.MinBy(c => c.Index).Date;
    }

    private static void Relative(string s, DateOnly sent, List<(int, DateOnly)> found)
    {
        if (Today().Match(s) is { Success: true } today) found.Add((today.Index, sent));
        if (Tomorrow().Match(s) is { Success: true } tomorrow) found.Add((tomorrow.Index, sent.AddDays(1)));
        if (Yesterday().Match(s) is { Success: true } yesterday) found.Add((yesterday.Index, sent.AddDays(-1)));
        if (Weekend().Match(s) is { Success: true } weekend)
        {
            var which = weekend.Groups["which"].Value.ToLowerInvariant();
            var next = Next(sent, DayOfWeek.Saturday);
            found.Add((weekend.Index, which switch
            {
                "this past" or "last" or "over the" => Previous(sent, DayOfWeek.Saturday),
                "next" => next.AddDays(7),
                _ => next,
            }));
        }
        // "Monday, October 26": the stated date says which Monday; the weekday alone would guess.
        if (Weekday().Match(s) is { Success: true } day && !StatedDateFollows().IsMatch(s[(day.Index + day.Length)..]))
        {
            var target = (DayOfWeek)Array.IndexOf(Weekdays, day.Groups["day"].Value.ToLowerInvariant());
            var which = day.Groups["which"].Value.ToLowerInvariant();
            var upcoming = Next(sent, target, includeToday: which is "this" or "");
            found.Add((day.Index, which switch
            {
                "last" or "this past" => Previous(sent, target),
                // "next Friday" said on a Monday means the Friday of next week.
                "next" when (int)target > (int)sent.DayOfWeek => upcoming.AddDays(7),
                _ => upcoming,
            }));
        }
    }

    private static void Calendar(string s, DateOnly sent, List<(int, DateOnly)> found)
    {
        foreach (var m in new[] { MonthDay().Match(s), DayMonth().Match(s) }.Where(m => m.Success))
        {
            var month = MonthNumber(m.Groups["month"].Value);
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : (int?)null;
            if (Closest(sent, month, day, year) is { } date) found.Add((m.Index, date));
        }
        if (Numeric().Match(s) is { Success: true } n)
        {
            var month = int.Parse(n.Groups["month"].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(n.Groups["day"].Value, CultureInfo.InvariantCulture);
            int? year = n.Groups["year"].Success ? int.Parse(n.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
            if (year < 100) year += year < 70 ? 2000 : 1900;
            if (Closest(sent, month, day, year) is { } date) found.Add((n.Index, date));
        }
        if (Ordinal().Match(s) is { Success: true } o)
        {
            var day = int.Parse(o.Groups["day"].Value, CultureInfo.InvariantCulture);
            // "the 21st" is this month's, unless that is well past, then next month's.
            var month = day >= sent.Day - 3 ? sent : sent.AddMonths(1);
            if (day <= DateTime.DaysInMonth(month.Year, month.Month)) found.Add((o.Index, new DateOnly(month.Year, month.Month, day)));
        }
    }

    // A date without a year is the one nearest the sent date (last December, or next January).
    private static DateOnly? Closest(DateOnly sent, int month, int day, int? year)
    {
        if (month is < 1 or > 12 || day < 1) return null;
        var years = year is { } y ? [y] : new[] { sent.Year - 1, sent.Year, sent.Year + 1 };
        var dates = years.Where(y => day <= DateTime.DaysInMonth(y, month)).Select(y => new DateOnly(y, month, day)).ToList();
        return dates.Count == 0 ? null : dates.MinBy(d => Math.Abs(d.DayNumber - sent.DayNumber));
    }

    private static DateOnly Next(DateOnly from, DayOfWeek day, bool includeToday = false)
    {
        var delta = ((int)day - (int)from.DayOfWeek + 7) % 7;
        return from.AddDays(delta == 0 && !includeToday ? 7 : delta);
    }

    private static DateOnly Previous(DateOnly from, DayOfWeek day)
    {
        var delta = ((int)from.DayOfWeek - (int)day + 7) % 7;
        return from.AddDays(-(delta == 0 ? 7 : delta));
    }

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Month = @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    [GeneratedRegex(@"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", Options)] private static partial Regex Today();
    [GeneratedRegex(@"\btomorrow\b", Options)] private static partial Regex Tomorrow();
    [GeneratedRegex(@"\byesterday\b", Options)] private static partial Regex Yesterday();
    [GeneratedRegex(@"\b(?<which>this past|last|next|this|over the)\s+weekend\b", Options)] private static partial Regex Weekend();
    [GeneratedRegex(@"\b(?:(?<which>this past|last|next|this)\s+|on\s+)?(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", Options)] private static partial Regex Weekday();
    [GeneratedRegex(@"\b" + Month + @"\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)\d{2})\b)?", Options)] private static partial Regex MonthDay();
    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"\b(?:,?\s+(?<year>(?:19|20)\d{2})\b)?", Options)] private static partial Regex DayMonth();
    [GeneratedRegex(@"\b(?<month>1[0-2]|0?[1-9])/(?<day>3[01]|[12]\d|0?[1-9])(?:/(?<year>\d{4}|\d{2}))?\b", Options)] private static partial Regex Numeric();
    [GeneratedRegex(@"\bthe (?<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b", Options)] private static partial Regex Ordinal();
    [GeneratedRegex(@"^,?\s*(?:the\s+)?(?:" + Month + @"\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"|\d{1,2}/\d{1,2})", Options)] private static partial Regex StatedDateFollows();
}
