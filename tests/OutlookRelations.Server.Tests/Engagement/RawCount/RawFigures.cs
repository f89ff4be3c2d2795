namespace OutlookRelations.Server.Tests.Engagement.RawCount;

/// <summary>
/// All-time figures of one relationship, computed from raw messages by docs/metrics.md's words:
/// messages each way, turns (runs of one side in one conversation), the share of each side's turns
/// the other answered, and the median hours from a turn's last message to the answer.
/// </summary>
public sealed record RawFigures(int Sent, int Received, int ContactTurns, int ContactTurnsAnswered, int OwnerTurns, int OwnerTurnsAnswered,
    IReadOnlyList<double> OwnerResponseHours, IReadOnlyList<double> ContactResponseHours)
{
    public double? OwnerMedianHours => Median(OwnerResponseHours);
    public double? ContactMedianHours => Median(ContactResponseHours);

    /// <summary>Every relationship of the mailbox, by the other person's address.</summary>
    public static Dictionary<string, RawFigures> Of(RawMailbox mailbox)
    {
        var pairs = new List<(string Contact, bool ByOwner, RawMessage Message)>();
        foreach (var m in mailbox.Messages)
        {
            if (mailbox.OwnerAddresses.Contains(m.From))
                pairs.AddRange(m.Recipients.Where(r => !mailbox.OwnerAddresses.Contains(r)).Distinct().Select(r => (r, true, m)));
            else pairs.Add((m.From, false, m));
        }
        return pairs.GroupBy(p => p.Contact).ToDictionary(g => g.Key, g => Measure([.. g.Select(p => (p.ByOwner, p.Message))]));
    }

    private static RawFigures Measure(IReadOnlyList<(bool ByOwner, RawMessage Message)> messages)
    {
        int contactTurns = 0, contactAnswered = 0, ownerTurns = 0, ownerAnswered = 0;
        List<double> ownerHours = [], contactHours = [];
        foreach (var conversation in messages.GroupBy(m => m.Message.Conversation))
        {
            var runs = new List<(bool ByOwner, DateTimeOffset Start, DateTimeOffset Last)>();
            foreach (var (byOwner, message) in conversation.OrderBy(m => m.Message.SentAt))
            {
                if (runs.Count > 0 && runs[^1].ByOwner == byOwner) runs[^1] = runs[^1] with { Last = message.SentAt };
                else runs.Add((byOwner, message.SentAt, message.SentAt));
            }
            for (var i = 0; i < runs.Count; i++)
            {
                var answered = i + 1 < runs.Count;
                var hours = answered ? (runs[i + 1].Start - runs[i].Last).TotalHours : 0;
                if (runs[i].ByOwner)
                {
                    ownerTurns++;
                    if (answered) { ownerAnswered++; contactHours.Add(hours); }
                }
                else
                {
                    contactTurns++;
                    if (answered) { contactAnswered++; ownerHours.Add(hours); }
                }
            }
        }
        return new RawFigures(messages.Count(m => m.ByOwner), messages.Count(m => !m.ByOwner), contactTurns, contactAnswered, ownerTurns, ownerAnswered, ownerHours, contactHours);
    }

    public static double? Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
