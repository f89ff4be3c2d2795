using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Details;
using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sidebar;

/// <summary>
/// Builds one <see cref="Card"/> per recipient, in the order given, from one database round trip
/// (<see cref="CardData"/>). The sidebar and a meeting's brief show the same cards.
/// </summary>
public static class CardBuilder
{
    private static readonly PromisesView NoPromises = new([], []);

    public static async Task<IReadOnlyList<Card>> BuildAsync(RelationsDbContext db, IReadOnlyList<Recipient> recipients, DateTimeOffset now, CancellationToken ct)
    {
        var readable = recipients.Where(r => r.Readable).Select(r => r.Address).ToList();
        var data = readable.Count == 0 ? null : await CardData.LoadAsync(db, readable, now, ct);
        var sections = data is null ? null : await CardSections.BuildAsync(db, data, now, ct);
        var cards = new List<Card>(recipients.Count);
        foreach (var recipient in recipients)
        {
            if (!recipient.Readable)
                cards.Add(Unknown(recipient.Address) with { Problem = RecipientList.Problem(recipient.Address) });
            else if (data is null || !data.Contacts.TryGetValue(recipient.Address, out var contact))
                cards.Add(WithWarmPaths(Unknown(recipient.Address), data));
            else
                cards.Add(WithWarmPaths(Known(contact, sections![contact.Id], data.LastYear.GetValueOrDefault(contact.Id), OwnerZone.Today(now, data.Zone), now, data), data)
                    with { News = NewsRows.For(contact.Organisation, data.News) });
        }
        return cards;
    }

    private static Card Known(Contact c, CardSections s, YearOfContact? lastYear, DateOnly today, DateTimeOffset now, CardData data)
    {
        var (details, promises) = DetailRanking.ForCard(data.Details[c.Id], today, c.LastMessageToContactAt);
        // Days and weeks in the owner's own time zone, as Outlook has it.
        var rhythm = RhythmView.Of(lastYear, c.LastContactAt, now, data.Zone);
        return new(
            c.Email, true, c.DisplayName, c.Organisation, c.FirstContactAt, c.LastContactAt,
            c.MessagesToContact, c.MessagesFromContact, c.MeetingsTogether,
            Math.Round(RelationshipStrength.At(c.StrengthLog, now), 3), s.RecentSubjects, details, promises,
            s.AwaitingReply, s.NextMeeting, s.Trend, s.Network,
            OpenerView.Choose(c.DisplayName, details, promises, s.AwaitingReply, rhythm, s.RecentSubjects, now, data.Zone), rhythm, Problem: null);
    }

    // Only for people you do not know well: a strong or regular relationship needs no introduction.
    private static Card WithWarmPaths(Card card, CardData? data) =>
        data is not null && data.WarmPaths.TryGetValue(card.Email, out var paths) && RelationshipStrength.Band(card.Strength) == "light"
            ? card with { WarmPaths = paths }
            : card;

    public static Card Unknown(string email) =>
        new(email, false, email, null, null, null, 0, 0, 0, 0, [], [], NoPromises, [], null, [], [], null, null, null);
}
