namespace OutlookRelations.Server.Engagement;

/// <summary>
/// A turn is a run of consecutive messages from one side in one conversation: three quick notes in
/// a row are one turn, and the other side writing back is what answers it.
/// </summary>
public sealed record Turn(string Conversation, Side Side, DateTimeOffset StartAt, DateTimeOffset LastAt, bool StartsThread, DateTimeOffset? AnsweredAt)
{
    /// <summary>From the last message of the turn to the first of the answer.</summary>
    public TimeSpan? ResponseTime => AnsweredAt - LastAt;
}

public static class Turns
{
    /// <summary>Pairs messages by conversation, in time order (ties by message id, so results are stable).</summary>
    public static IReadOnlyList<Turn> Of(IEnumerable<PairMessage> messages)
    {
        var turns = new List<Turn>();
        foreach (var conversation in messages.GroupBy(m => string.IsNullOrEmpty(m.Conversation) ? $"#{m.Id}" : m.Conversation))
        {
            var ordered = conversation.OrderBy(m => m.SentAt).ThenBy(m => m.Id).ToList();
            var runs = new List<(Side Side, DateTimeOffset Start, DateTimeOffset Last)>();
            foreach (var message in ordered)
            {
                if (runs.Count > 0 && runs[^1].Side == message.Side) runs[^1] = runs[^1] with { Last = message.SentAt };
                else runs.Add((message.Side, message.SentAt, message.SentAt));
            }
            for (var i = 0; i < runs.Count; i++)
            {
                var answeredAt = i + 1 < runs.Count ? runs[i + 1].Start : (DateTimeOffset?)null;
                turns.Add(new Turn(conversation.Key, runs[i].Side, runs[i].Start, runs[i].Last, i == 0, answeredAt));
            }
        }
        return turns;
    }
}
