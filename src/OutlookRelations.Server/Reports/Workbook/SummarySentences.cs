using System.Globalization;
using OutlookRelations.Server.Engagement;

namespace OutlookRelations.Server.Reports.Workbook;

/// <summary>
/// The Summary's opening lines: the headline figures as sentences a manager can read out ("Your team
/// re-engaged 110 dormant relationships this quarter, 26 more than last"). Every number in them is
/// one of the table's, so the words and the figures can never disagree.
/// </summary>
public static class SummarySentences
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static IReadOnlyList<string> Of(ReportData data)
    {
        var (now, before) = (data.Total.Now, data.Total.Before);
        var (who, whose) = Subject(data.Spec.Scope);
        var (period, last) = PeriodWords(data.Spec.Period);
        var lines = new List<string>();
        if (now.Messages == 0 && now.Meetings == 0)
        {
            lines.Add($"{who} had no mail or meetings with anyone outside the mailbox {period}.");
            return lines;
        }
        lines.Add($"{who} exchanged {Count(now.Messages, "message")} with {Count(now.ActiveRelationships, "person", "people")} {period}{Change(now.Messages, before.Messages, last)}.");
        if (now.OwnerReplyRate is { } reply)
        {
            var speed = now.OwnerMedianResponseHours is { } hours ? $"; half of the answers came within {Hours(hours)}" : "";
            lines.Add($"{whose} reply rate was {Percent(reply)}{Points(reply, before.OwnerReplyRate, last)}{speed}.");
        }
        lines.Add(now.ReEngagements > 0 || before.ReEngagements > 0
            ? $"{who} re-engaged {Count(now.ReEngagements, "dormant relationship")} {period}{Difference(now.ReEngagements, before.ReEngagements, last)}."
            : $"No dormant relationship came back to a two-way exchange {period}.");
        if (now.Dormant > 0)
            lines.Add($"{Capital(Count(now.Dormant, "relationship"))} {(now.Dormant == 1 ? "has" : "have")} been quiet for longer than usual: 'Dormant to re-engage' lists them, strongest first.");
        if (now.SmallTalkShare is { } share)
            lines.Add($"{Percent(share)} of the messages carried something personal; 'The case for small talk' compares what came of them.");
        return lines;
    }

    private static (string Who, string Whose) Subject(ReportScope scope) => scope switch
    {
        ReportScope.Me => ("You", "Your"),
        ReportScope.Team => ("Your team", "Your team's"),
        _ => ("Your organisation", "Your organisation's"),
    };

    /// <summary>"this quarter" / "than last quarter", or the days when the period is no usual length.</summary>
    public static (string Period, string Last) PeriodWords(ReportPeriod period)
    {
        var days = (int)Math.Round((period.To - period.From).TotalDays);
        return days switch
        {
            7 => ("this week", "last week"),
            >= 28 and <= 31 => ("this month", "last month"),
            >= 89 and <= 92 => ("this quarter", "last quarter"),
            >= 365 and <= 366 => ("this year", "last year"),
            _ => ($"in these {days} days", $"the {days} days before"),
        };
    }

    private static string Change(int now, int before, string last)
    {
        if (before == 0) return now == 0 ? "" : $", against none {last}";
        var change = (double)(now - before) / before;
        if (Math.Abs(change) < 0.005) return $", as many as {last}";
        return $", {Percent(Math.Abs(change))} {(change > 0 ? "more" : "fewer")} than {last}";
    }

    private static string Difference(int now, int before, string last) =>
        now == before ? $", as many as {last}" : $", {(now - before > 0 ? now - before : before - now).ToString("N0", Invariant)} {(now > before ? "more" : "fewer")} than {last}";

    private static string Points(double now, double? before, string last)
    {
        if (before is not { } was) return "";
        var points = (int)Math.Round((now - was) * 100);
        return points == 0 ? $", the same as {last}" : $", {(points > 0 ? "up" : "down")} {Math.Abs(points)} {(Math.Abs(points) == 1 ? "point" : "points")} from {last}";
    }

    private static string Count(int n, string one, string? many = null) => $"{n.ToString("N0", Invariant)} {(n == 1 ? one : many ?? one + "s")}";

    private static string Percent(double share) => share.ToString("0%", Invariant);

    private static string Hours(double hours) => hours < 1 ? $"{Math.Max(1, Math.Round(hours * 60)).ToString(Invariant)} minutes" : $"{hours.ToString("0.#", Invariant)} hours";

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
