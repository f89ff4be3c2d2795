using OutlookRelations.Server.Contacts;

namespace OutlookRelations.Server.Engagement;

/// <summary>
/// The engagement figures of one relationship over a report period, as of the period's end (or
/// now, if earlier). Counts are for the period; first/last contact, the last two-way exchange,
/// cadence, dormancy and strength look at all history up to that moment. Definitions.cs says each
/// in words; this is the one implementation of them.
/// </summary>
public sealed record RelationshipMetrics(
    int Sent, int Received,
    int ThreadsStartedByOwner, int ThreadsStartedByContact,
    int ContactTurns, int ContactTurnsAnswered, int OwnerTurns, int OwnerTurnsAnswered,
    IReadOnlyList<double> OwnerResponseHours, IReadOnlyList<double> ContactResponseHours,
    int Meetings, double MeetingHours,
    DateTimeOffset? FirstContactAt, DateTimeOffset? LastContactAt, DateTimeOffset? LastTwoWayAt,
    double? UsualGapDays, bool Dormant, double Strength, int SmallTalkMessages, int ReEngagements,
    DateTimeOffset AsOf)
{
    public int Messages => Sent + Received;
    /// <summary>Share of the contact's turns the owner answered.</summary>
    public double? OwnerReplyRate => Rate(ContactTurnsAnswered, ContactTurns);
    /// <summary>Share of the owner's turns the contact answered.</summary>
    public double? ContactReplyRate => Rate(OwnerTurnsAnswered, OwnerTurns);
    public double? OwnerMedianResponseHours => Cadence.Median(OwnerResponseHours);
    public double? ContactMedianResponseHours => Cadence.Median(ContactResponseHours);
    /// <summary>min(sent, received) / max(sent, received): 1 is balanced, 0 one-way.</summary>
    public double? Reciprocity => Messages == 0 ? null : (double)Math.Min(Sent, Received) / Math.Max(Sent, Received);
    public double? SmallTalkShare => Rate(SmallTalkMessages, Messages);
    public int? DaysSinceTwoWay => LastTwoWayAt is null ? null : (int)(AsOf - LastTwoWayAt.Value).TotalDays;
    public int? DaysSinceContact => LastContactAt is null ? null : (int)(AsOf - LastContactAt.Value).TotalDays;

    public static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;

    public static RelationshipMetrics Compute(PairHistory history, ReportPeriod period, DateTimeOffset now)
    {
        var asOf = period.To < now ? period.To : now;
        var messages = history.Messages.Where(m => m.SentAt < asOf).ToList();
        var meetings = history.Meetings.Where(m => m.StartAt < asOf).ToList();
        var inPeriod = messages.Where(m => period.Contains(m.SentAt)).ToList();
        var turns = Turns.Of(messages);
        var periodTurns = turns.Where(t => period.Contains(t.StartAt)).ToList();
        bool Answered(Turn t) => t.AnsweredAt is { } at && at < asOf;

        var contactTimes = messages.Select(m => m.SentAt).Concat(meetings.Select(m => m.StartAt)).Order().ToList();
        var usualGap = Cadence.UsualGapDays(contactTimes, asOf, period.Zone);
        var last = contactTimes.Count == 0 ? (DateTimeOffset?)null : contactTimes[^1];
        var periodMeetings = meetings.Where(m => period.Contains(m.StartAt)).ToList();

        return new RelationshipMetrics(
            Sent: inPeriod.Count(m => m.Side == Side.Owner),
            Received: inPeriod.Count(m => m.Side == Side.Contact),
            ThreadsStartedByOwner: periodTurns.Count(t => t.StartsThread && t.Side == Side.Owner),
            ThreadsStartedByContact: periodTurns.Count(t => t.StartsThread && t.Side == Side.Contact),
            ContactTurns: periodTurns.Count(t => t.Side == Side.Contact),
            ContactTurnsAnswered: periodTurns.Count(t => t.Side == Side.Contact && Answered(t)),
            OwnerTurns: periodTurns.Count(t => t.Side == Side.Owner),
            OwnerTurnsAnswered: periodTurns.Count(t => t.Side == Side.Owner && Answered(t)),
            OwnerResponseHours: Hours(periodTurns.Where(t => t.Side == Side.Contact && Answered(t))),
            ContactResponseHours: Hours(periodTurns.Where(t => t.Side == Side.Owner && Answered(t))),
            Meetings: periodMeetings.Count,
            MeetingHours: periodMeetings.Sum(m => (m.EndAt - m.StartAt).TotalHours),
            FirstContactAt: contactTimes.Count == 0 ? null : contactTimes[0],
            LastContactAt: last,
            LastTwoWayAt: turns.Where(Answered).Select(t => t.AnsweredAt).Max(),
            UsualGapDays: usualGap,
            Dormant: Cadence.IsQuiet(last, usualGap, asOf),
            Strength: contactTimes.Sum(t => RelationshipStrength.Weight(t, asOf)),
            SmallTalkMessages: inPeriod.Count(m => m.SmallTalk),
            ReEngagements: CountReEngagements(turns, contactTimes, period, asOf),
            AsOf: asOf);
    }

    private static List<double> Hours(IEnumerable<Turn> answered) =>
        [.. answered.Select(t => t.ResponseTime!.Value.TotalHours)];

    /// <summary>
    /// Answers in the period to a turn that broke a dormant silence: before the turn began, nobody
    /// had written or met for longer than the dormancy threshold of the cadence at that time.
    /// </summary>
    private static int CountReEngagements(IReadOnlyList<Turn> turns, IReadOnlyList<DateTimeOffset> contactTimes, ReportPeriod period, DateTimeOffset asOf)
    {
        var count = 0;
        foreach (var turn in turns.Where(t => t.AnsweredAt is { } at && at < asOf && period.Contains(at)))
            if (Cadence.BreaksSilence(contactTimes, turn.StartAt, period.Zone)) count++;
        return count;
    }
}
