namespace OutlookRelations.Server.Engagement;

/// <summary>One week (Monday to Sunday in the report's time zone) of a report's relationships.</summary>
public sealed record WeekFigures(DateOnly WeekStart, int Sent, int Received, int Answers, int Meetings, double MeetingHours, int SmallTalkMessages);

public static class WeeklyTrends
{
    /// <summary>Every week that overlaps the period, including empty ones, so a chart has no gaps.</summary>
    public static IReadOnlyList<WeekFigures> Of(IEnumerable<PairHistory> histories, ReportPeriod period, DateTimeOffset now)
    {
        var asOf = period.To < now ? period.To : now;
        var weeks = new SortedDictionary<DateOnly, (int Sent, int Received, int Answers, int Meetings, double Hours, int Talk)>();
        for (var week = WeekOf(period.From, period.Zone); week.ToDateTime(TimeOnly.MinValue) < Local(asOf, period.Zone); week = week.AddDays(7))
            weeks[week] = default;
        void Add(DateTimeOffset at, Func<(int, int, int, int, double, int), (int, int, int, int, double, int)> change)
        {
            if (!period.Contains(at) || at >= asOf) return;
            var week = WeekOf(at, period.Zone);
            weeks[week] = change(weeks.GetValueOrDefault(week));
        }
        foreach (var history in histories)
        {
            foreach (var m in history.Messages)
                Add(m.SentAt, w => m.Side == Side.Owner
                    ? (w.Item1 + 1, w.Item2, w.Item3, w.Item4, w.Item5, w.Item6 + (m.SmallTalk ? 1 : 0))
                    : (w.Item1, w.Item2 + 1, w.Item3, w.Item4, w.Item5, w.Item6 + (m.SmallTalk ? 1 : 0)));
            foreach (var turn in Turns.Of(history.Messages).Where(t => t.AnsweredAt is not null))
                Add(turn.AnsweredAt!.Value, w => (w.Item1, w.Item2, w.Item3 + 1, w.Item4, w.Item5, w.Item6));
            foreach (var meeting in history.Meetings)
                Add(meeting.StartAt, w => (w.Item1, w.Item2, w.Item3, w.Item4 + 1, w.Item5 + (meeting.EndAt - meeting.StartAt).TotalHours, w.Item6));
        }
        return [.. weeks.Select(w => new WeekFigures(w.Key, w.Value.Sent, w.Value.Received, w.Value.Answers, w.Value.Meetings, w.Value.Hours, w.Value.Talk))];
    }

    /// <summary>The Monday that starts the week containing <paramref name="at"/>, in <paramref name="zone"/>.</summary>
    public static DateOnly WeekOf(DateTimeOffset at, TimeZoneInfo zone)
    {
        var day = DateOnly.FromDateTime(Local(at, zone));
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    private static DateTime Local(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone).DateTime;
}
