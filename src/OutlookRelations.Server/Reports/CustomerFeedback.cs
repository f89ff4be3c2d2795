using OutlookRelations.Server.Engagement;

namespace OutlookRelations.Server.Reports;

/// <summary>One organisation's feedback of one theme: how often it came up, against the period before, and what was said.</summary>
public sealed record FeedbackRow(string Organisation, FeedbackTheme Theme, int Mentions, int MentionsBefore, IReadOnlyList<string> Evidence)
{
    public int Change => Mentions - MentionsBefore;
}

/// <summary>A remembered piece of feedback, as the report reads it.</summary>
public sealed record FeedbackMention(string Organisation, DateTimeOffset At, string Evidence, string Summary, bool MayQuote);

/// <summary>
/// "What customers tell us": feedback the memory engine remembered from customers (never
/// colleagues), grouped by organisation and theme, with the period before for a trend. Evidence is
/// quoted only where talking points may be (the requester's own mail, or everyone's when the
/// tenant's admins allow it), at most <see cref="Quotes"/> per row, newest first.
/// </summary>
public static class CustomerFeedback
{
    public const int Quotes = 3;

    public static IReadOnlyList<FeedbackRow> Of(IEnumerable<FeedbackMention> mentions, ReportPeriod period)
    {
        var previous = period.Previous;
        return [.. mentions
            .Where(m => period.Contains(m.At) || previous.Contains(m.At))
            .GroupBy(m => (m.Organisation, Theme: FeedbackThemes.Of(m.Evidence, m.Summary)))
            .Select(g => new FeedbackRow(g.Key.Organisation, g.Key.Theme,
                g.Count(m => period.Contains(m.At)), g.Count(m => previous.Contains(m.At)),
                [.. g.Where(m => m.MayQuote && period.Contains(m.At)).OrderByDescending(m => m.At).Select(m => m.Evidence).Distinct().Take(Quotes)]))
            .Where(r => r.Mentions > 0 || r.MentionsBefore > 0)
            // Complaints and annoyances first: they are what a manager can act on.
            .OrderBy(r => r.Theme).ThenByDescending(r => r.Mentions).ThenBy(r => r.Organisation, StringComparer.Ordinal)];
    }
}
