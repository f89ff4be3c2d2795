using OutlookRelations.Server.Engagement;

namespace OutlookRelations.Server.Reports;

/// <summary>
/// One relationship's row: this period, the one before, and (if allowed) something to talk about.
/// A colleague is someone at the tenant's own domain: kept apart from customers in every figure.
/// </summary>
public sealed record RelationshipRow(
    string OwnerEmail, string OwnerName, string ContactEmail, string ContactName, string Organisation,
    RelationshipMetrics Now, RelationshipMetrics Before, string? TalkingPoint, bool Colleague = false);

/// <summary>Figures for a group of relationships (a person, an organisation, the whole report).</summary>
public sealed record GroupRow(string Name, string Key, MetricTotals Now, MetricTotals Before);

/// <summary>Everything a report shows, computed before any cell is written.</summary>
public sealed record ReportData(
    ReportSpec Spec, string Title, DateTimeOffset GeneratedAt,
    GroupRow Total, IReadOnlyList<GroupRow> People, IReadOnlyList<RelationshipRow> Relationships,
    IReadOnlyList<GroupRow> Organisations, IReadOnlyList<WeekFigures> Weeks, IReadOnlyList<RelationshipRow> Dormant,
    SmallTalkCase? Case = null)
{
    /// <summary>
    /// Newsletters and automated mail that reached the audience in the period: counted in no
    /// relationship, shown on a line of their own so nothing silently disappears.
    /// </summary>
    public int AutomatedMessages { get; init; }

    /// <summary>
    /// Relationships with colleagues (the tenant's own domain). Counted in none of the figures, which
    /// are about customers; listed after them on the sheets, and summed here for one line of their own.
    /// </summary>
    public GroupRow? Colleagues { get; init; }

    /// <summary>What customers told the audience, by organisation and theme (<see cref="CustomerFeedback"/>).</summary>
    public IReadOnlyList<FeedbackRow> Feedback { get; init; } = [];

    /// <summary>Stories the audience's people chose to share (<see cref="Stories.PackStories"/>); empty where the tenant turned them off.</summary>
    public IReadOnlyList<Stories.StoryRow> Stories { get; init; } = [];

    /// <summary>The figures the reports page charts and the Summary sheet leads with.</summary>
    public Headline Headline() => new(
        Total.Now.Messages, Total.Before.Messages, Total.Now.OwnerReplyRate, Total.Before.OwnerReplyRate,
        Total.Now.OwnerMedianResponseHours, Total.Before.OwnerMedianResponseHours, Total.Now.Meetings, Total.Before.Meetings,
        Total.Now.ReEngagements, Total.Before.ReEngagements, Total.Now.Dormant, Total.Now.ActiveRelationships,
        [.. Weeks.Select(w => new HeadlineWeek(w.WeekStart, w.Sent + w.Received, w.Meetings))], AutomatedMessages,
        // The page shows the first rows (complaints first); the workbook has them all.
        [.. Feedback.Take(25).Select(f => new HeadlineFeedback(f.Organisation, Engagement.FeedbackThemes.Name(f.Theme), f.Mentions, f.MentionsBefore, f.Evidence))]);
}

public sealed record HeadlineWeek(DateOnly WeekStart, int Messages, int Meetings);

/// <summary>One row of "What customers tell us", as the workbook's sheet has it (quotes only where talking points may be).</summary>
public sealed record HeadlineFeedback(string Organisation, string Theme, int Mentions, int MentionsBefore, IReadOnlyList<string> Evidence);

public sealed record Headline(
    int Messages, int MessagesBefore, double? ReplyRate, double? ReplyRateBefore,
    double? MedianResponseHours, double? MedianResponseHoursBefore, int Meetings, int MeetingsBefore,
    int ReEngagements, int ReEngagementsBefore, int Dormant, int ActiveRelationships, IReadOnlyList<HeadlineWeek> Weeks,
    int AutomatedMessages,
    // Null in a headline stored before the reports page showed feedback.
    IReadOnlyList<HeadlineFeedback>? Feedback = null);
