using OutlookRelations.Server.Engagement;

namespace OutlookRelations.Server.Stories;

/// <summary>
/// What came of a shared story, up to the report's end: the person wrote again in the same thread
/// (a reply), a meeting with them started (a meeting), and the small talk's turn broke a dormant
/// silence and was answered (a re-engagement, by the reports' own definition in <see cref="Cadence.BreaksSilence"/>).
/// </summary>
public sealed record StoryOutcome(bool Reply, bool Meeting, bool ReEngagement)
{
    public static readonly StoryOutcome None = new(false, false, false);

    /// <summary>"reply, meeting", or "nothing yet": how the Stories sheet says it.</summary>
    public string Words => string.Join(", ", new[] { (Reply, "reply"), (Meeting, "meeting"), (ReEngagement, "re-engagement") }
        .Where(x => x.Item1).Select(x => x.Item2)) is { Length: > 0 } words ? words : "nothing yet";

    /// <param name="history">The relationship the story belongs to; null when it has no mail or meetings left.</param>
    /// <param name="conversation">The story's thread; null for a note written by hand, which has none (no reply, no re-engagement).</param>
    /// <param name="at">When the small talk was sent.</param>
    public static StoryOutcome Of(PairHistory? history, string? conversation, DateTimeOffset at, DateTimeOffset asOf, TimeZoneInfo zone)
    {
        if (history is null) return None;
        var messages = history.Messages.Where(m => m.SentAt < asOf).ToList();
        var inThread = conversation is null ? [] : messages.Where(m => m.Conversation == conversation).ToList();
        var reply = inThread.Any(m => m.Side == Side.Contact && m.SentAt > at);
        var meeting = history.Meetings.Any(m => m.StartAt > at && m.StartAt < asOf);
        var turn = conversation is null ? null
            : Turns.Of(inThread).FirstOrDefault(t => t.StartAt <= at && at <= t.LastAt);
        var contactTimes = messages.Select(m => m.SentAt).Concat(history.Meetings.Where(m => m.StartAt < asOf).Select(m => m.StartAt));
        var reEngagement = turn is { AnsweredAt: { } answered } && answered < asOf && Cadence.BreaksSilence(contactTimes, turn.StartAt, zone);
        return new StoryOutcome(reply, meeting, reEngagement);
    }
}
