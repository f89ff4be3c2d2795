namespace OutlookRelations.Server.Engagement;

/// <summary>
/// Figures for many relationships at once (a person, a team, an organisation): counts add up,
/// rates are recomputed from the summed parts (never averaged), medians come from all samples.
/// </summary>
public sealed record MetricTotals(
    int Relationships, int ActiveRelationships, int Sent, int Received, int ThreadsStartedByOwner, int ThreadsStartedByContact,
    int ContactTurns, int ContactTurnsAnswered, int OwnerTurns, int OwnerTurnsAnswered,
    double? OwnerMedianResponseHours, double? ContactMedianResponseHours,
    int Meetings, double MeetingHours, int Dormant, int ReEngagements, int SmallTalkMessages, double Strength)
{
    public int Messages => Sent + Received;
    public double? OwnerReplyRate => RelationshipMetrics.Rate(ContactTurnsAnswered, ContactTurns);
    public double? ContactReplyRate => RelationshipMetrics.Rate(OwnerTurnsAnswered, OwnerTurns);
    public double? Reciprocity => Messages == 0 ? null : (double)Math.Min(Sent, Received) / Math.Max(Sent, Received);
    public double? SmallTalkShare => RelationshipMetrics.Rate(SmallTalkMessages, Messages);

    public static MetricTotals Of(IEnumerable<RelationshipMetrics> relationships)
    {
        var all = relationships.ToList();
        return new MetricTotals(
            all.Count,
            all.Count(m => m.Messages > 0 || m.Meetings > 0),
            all.Sum(m => m.Sent), all.Sum(m => m.Received),
            all.Sum(m => m.ThreadsStartedByOwner), all.Sum(m => m.ThreadsStartedByContact),
            all.Sum(m => m.ContactTurns), all.Sum(m => m.ContactTurnsAnswered),
            all.Sum(m => m.OwnerTurns), all.Sum(m => m.OwnerTurnsAnswered),
            Cadence.Median([.. all.SelectMany(m => m.OwnerResponseHours)]),
            Cadence.Median([.. all.SelectMany(m => m.ContactResponseHours)]),
            all.Sum(m => m.Meetings), all.Sum(m => m.MeetingHours),
            all.Count(m => m.Dormant), all.Sum(m => m.ReEngagements), all.Sum(m => m.SmallTalkMessages),
            all.Sum(m => m.Strength));
    }
}
