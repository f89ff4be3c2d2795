using OutlookRelations.Memory.Remembering;
using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Engagement;

/// <summary>
/// The engagement facts recomputed from scratch with the plainest code that could work: every
/// stored row is read, nothing is shared with the product's Turns/PairHistories. Only the cadence
/// rule (a documented formula) is reused.
/// </summary>
internal static class BruteForceFacts
{
    public sealed record Facts(long ContactId, int Sent, int Received, int ByOwner, int ByContact,
        int ContactTurns, int ContactAnswered, int OwnerTurns, int OwnerAnswered, double? OwnerMedian, double? ContactMedian,
        int Meetings, double Hours, DateTimeOffset? LastTwoWay, int SmallTalk, int ReEngagements);

    public static async Task<List<Facts>> ComputeAsync(RelationsDbContext db, string ownerEmail)
    {
        var interactions = await db.Interactions.Include(i => i.Participants).ToListAsync();
        var contacts = await db.Contacts.Where(c => c.Email != ownerEmail).ToListAsync();
        var details = await db.ContactDetails.Include(d => d.Sources).ToListAsync();
        var meetings = await db.Meetings.Include(m => m.Attendees).ToListAsync();
        var result = new List<Facts>();
        foreach (var contact in contacts)
        {
            var smallTalkIds = details.Where(d => d.ContactId == contact.Id && d.Kind is { } k && PairHistories.SmallTalkKinds.Contains(k) && d.Status != DetailStatus.Dismissed)
                .SelectMany(d => d.Sources.Select(s => s.InternetMessageId)).ToHashSet();
            var mine = new List<(long Id, string Conv, bool Owner, DateTimeOffset At, bool Talk)>();
            foreach (var i in interactions)
            {
                var mineOut = i.Direction == Direction.Outgoing && i.Participants.Any(p => p.ContactId == contact.Id && p.Role != ParticipantRole.From);
                var mineIn = i.Direction == Direction.Incoming && i.Participants.Any(p => p.ContactId == contact.Id && p.Role == ParticipantRole.From);
                if (mineOut || mineIn) mine.Add((i.Id, i.ConversationId == "" ? "#" + i.Id : i.ConversationId, mineOut, i.SentAt, smallTalkIds.Contains(i.InternetMessageId)));
            }
            var together = meetings.Where(m => !m.IsCancelled && m.Attendees.Any(a => a.ContactId == contact.Id && a.Response != "declined")).ToList();
            if (mine.Count == 0 && together.Count == 0) continue;

            // Turns, by walking each conversation message by message.
            var turns = new List<(bool Owner, DateTimeOffset Start, DateTimeOffset Last, bool First, DateTimeOffset? Answer)>();
            foreach (var conv in mine.Select(m => m.Conv).Distinct())
            {
                var list = mine.Where(m => m.Conv == conv).OrderBy(m => m.At).ThenBy(m => m.Id).ToList();
                var start = 0;
                for (var k = 1; k <= list.Count; k++)
                {
                    if (k < list.Count && list[k].Owner == list[start].Owner) continue;
                    turns.Add((list[start].Owner, list[start].At, list[k - 1].At, start == 0, k < list.Count ? list[k].At : null));
                    start = k;
                }
            }
            var times = mine.Select(m => m.At).Concat(together.Select(m => m.StartAt)).OrderBy(t => t).ToList();
            var reEngagements = 0;
            foreach (var t in turns.Where(t => t.Answer is not null))
            {
                var before = times.Where(x => x < t.Start).ToList();
                if (before.Count > 0 && t.Start - before.Max() > Cadence.DormancyThreshold(Cadence.UsualGapDays(before, t.Start, TimeZoneInfo.Utc))) reEngagements++;
            }
            List<double> Hours(bool ownerTurns) => [.. turns.Where(t => t.Owner == ownerTurns && t.Answer is not null).Select(t => (t.Answer!.Value - t.Last).TotalHours)];
            result.Add(new Facts(contact.Id,
                mine.Count(m => m.Owner), mine.Count(m => !m.Owner),
                turns.Count(t => t.First && t.Owner), turns.Count(t => t.First && !t.Owner),
                turns.Count(t => !t.Owner), turns.Count(t => !t.Owner && t.Answer is not null),
                turns.Count(t => t.Owner), turns.Count(t => t.Owner && t.Answer is not null),
                Cadence.Median(Hours(ownerTurns: false)), Cadence.Median(Hours(ownerTurns: true)),
                together.Count, together.Sum(m => (m.EndAt - m.StartAt).TotalHours),
                turns.Where(t => t.Answer is not null).Select(t => t.Answer).Max(),
                mine.Count(m => m.Talk), reEngagements));
        }
        return [.. result.OrderBy(f => f.ContactId)];
    }

    public static Facts From(RelationshipFacts f) => new(f.ContactId, f.Sent, f.Received, f.ThreadsStartedByOwner, f.ThreadsStartedByContact,
        f.ContactTurns, f.ContactTurnsAnswered, f.OwnerTurns, f.OwnerTurnsAnswered, f.OwnerMedianResponseHours, f.ContactMedianResponseHours,
        f.Meetings, f.MeetingHours, f.LastTwoWayAt, f.SmallTalkMessages, f.ReEngagements);
}
