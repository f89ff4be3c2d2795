using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Remembering;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Details;

public sealed record FreshnessView(string State, DateOnly? When, int? DaysAway);

public sealed record SourceView(string InternetMessageId, string? WebLink);

/// <summary>
/// A remembered detail as the API shows it. Every text field came from an email: render as text.
/// <see cref="Mentions"/> counts every time it was said, in any words; <see cref="AlsoIds"/> are the
/// stored details shown under this one (<see cref="MentionMerging"/>): an action on the card applies to them too.
/// </summary>
public sealed record DetailView(
    long Id, string Kind, string Summary, string Evidence, DateOnly? Date, DateTimeOffset MentionedAt, int Mentions,
    double Confidence, bool Sensitive, string Status, string Origin, FreshnessView Freshness, SourceView? Source,
    DateTimeOffset FirstMentionedAt, IReadOnlyList<long> AlsoIds);

/// <summary>Open loops: what the owner promised this person, and what they promised the owner.</summary>
public sealed record PromisesView(IReadOnlyList<DetailView> ByYou, IReadOnlyList<DetailView> ByThem);

/// <summary>Orders a contact's memory for the sidebar: the best opener first.</summary>
public static class DetailRanking
{
    public const int SoonDays = 14;

    public static (IReadOnlyList<DetailView> Details, PromisesView Promises) ForCard(IEnumerable<ContactDetail> details, DateOnly today, DateTimeOffset? lastMessageToContact)
    {
        var live = details.Where(d => d.Status is DetailStatus.Active or DetailStatus.Confirmed)
            .Where(d => FreshnessOf(d, today, lastMessageToContact).State != FreshnessState.Expired)
            // Newest first, so a group's first member (what the card shows) is the latest thing said.
            .OrderByDescending(d => d.Status == DetailStatus.Confirmed).ThenByDescending(d => d.LastMentionedAt).ThenByDescending(d => d.Confidence)
            .ToList();
        var shown = MentionMerging.Group(live).Select(g => (Group: g, Fresh: FreshnessOf(g[0], today, lastMessageToContact))).ToList();
        var personal = shown.Where(x => x.Group[0].Kind != ArtifactKind.Commitment)
            .OrderBy(x => Tier(x.Fresh)).ThenBy(x => x.Fresh.State == FreshnessState.Upcoming ? x.Fresh.DaysAway : 0)
            .ThenByDescending(x => x.Group.Max(d => d.LastMentionedAt)).ThenByDescending(x => x.Group[0].Confidence)
            .Select(x => View(x.Group, x.Fresh)).ToList();
        var promises = shown.Where(x => x.Group[0].Kind == ArtifactKind.Commitment)
            .OrderByDescending(x => x.Group.Max(d => d.LastMentionedAt)).ToList();
        return (personal, new PromisesView(
            [.. promises.Where(x => x.Group[0].IsOwnersPromise).Select(x => View(x.Group, x.Fresh))],
            [.. promises.Where(x => !x.Group[0].IsOwnersPromise).Select(x => View(x.Group, x.Fresh))]));
    }

    public static DetailView View(ContactDetail d, DateOnly today) => View([d], FreshnessOf(d, today, null));

    private static DetailView View(IReadOnlyList<ContactDetail> group, Freshness fresh)
    {
        var d = group[0];
        return new(
            d.Id, d.Kind?.Name() ?? "note", d.Summary, d.Evidence, d.Date, group.Max(x => x.LastMentionedAt), group.Sum(x => x.Mentions),
            d.Confidence, group.Any(x => x.Sensitive), d.Status.ToString().ToLowerInvariant(), d.Origin.ToString().ToLowerInvariant(),
            new FreshnessView(Camel(fresh.State.ToString()), fresh.When, fresh.DaysAway),
            d.Origin == DetailOrigin.Extracted ? new SourceView(d.SourceMessageId, d.SourceWebLink) : null,
            group.Min(x => x.FirstMentionedAt), [.. group.Skip(1).Select(x => x.Id)]);
    }

    private static Freshness FreshnessOf(ContactDetail d, DateOnly today, DateTimeOffset? lastMessageToContact)
    {
        if (d.Kind is not { } kind) return new Freshness(FreshnessState.Standing, d.Date, null);
        var askedSince = d.Date is { } date && lastMessageToContact is { } sent && DateOnly.FromDateTime(sent.UtcDateTime) > date;
        return Freshness.Of(kind, d.Date, d.LastMentionedAt, today, askedSince);
    }

    // Soon-dated things first, then "ask how it went", then standing facts and later dates.
    private static int Tier(Freshness f) => f.State switch
    {
        FreshnessState.Upcoming when f.DaysAway <= SoonDays => 0,
        FreshnessState.JustPassed => 1,
        _ => 2,
    };

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
