using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Remembering;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Details;

public sealed record FreshnessView(string State, DateOnly? When, int? DaysAway);

public sealed record SourceView(string InternetMessageId, string? WebLink);

/// <summary>A remembered detail as the API shows it. Every text field came from an email: render as text.</summary>
public sealed record DetailView(
    long Id, string Kind, string Summary, string Evidence, DateOnly? Date, DateTimeOffset MentionedAt, int Mentions,
    double Confidence, bool Sensitive, string Status, string Origin, FreshnessView Freshness, SourceView? Source);

/// <summary>Open loops: what the owner promised this person, and what they promised the owner.</summary>
public sealed record PromisesView(IReadOnlyList<DetailView> ByYou, IReadOnlyList<DetailView> ByThem);

/// <summary>Orders a contact's memory for the sidebar: the best opener first.</summary>
public static class DetailRanking
{
    public const int SoonDays = 14;

    public static (IReadOnlyList<DetailView> Details, PromisesView Promises) ForCard(IEnumerable<ContactDetail> details, DateOnly today, DateTimeOffset? lastMessageToContact)
    {
        var shown = details.Where(d => d.Status is DetailStatus.Active or DetailStatus.Confirmed)
            .Select(d => (Detail: d, Fresh: FreshnessOf(d, today, lastMessageToContact)))
            .Where(x => x.Fresh.State != FreshnessState.Expired)
            .ToList();
        var personal = shown.Where(x => x.Detail.Kind != ArtifactKind.Commitment)
            .OrderBy(x => Tier(x.Fresh)).ThenBy(x => x.Fresh.State == FreshnessState.Upcoming ? x.Fresh.DaysAway : 0)
            .ThenByDescending(x => x.Detail.LastMentionedAt).ThenByDescending(x => x.Detail.Confidence)
            .Select(x => View(x.Detail, x.Fresh)).ToList();
        var promises = shown.Where(x => x.Detail.Kind == ArtifactKind.Commitment)
            .OrderByDescending(x => x.Detail.LastMentionedAt).ToList();
        return (personal, new PromisesView(
            [.. promises.Where(x => x.Detail.IsOwnersPromise).Select(x => View(x.Detail, x.Fresh))],
            [.. promises.Where(x => !x.Detail.IsOwnersPromise).Select(x => View(x.Detail, x.Fresh))]));
    }

    public static DetailView View(ContactDetail d, DateOnly today) => View(d, FreshnessOf(d, today, null));

    private static DetailView View(ContactDetail d, Freshness fresh) => new(
        d.Id, d.Kind?.Name() ?? "note", d.Summary, d.Evidence, d.Date, d.LastMentionedAt, d.Mentions, d.Confidence, d.Sensitive,
        d.Status.ToString().ToLowerInvariant(), d.Origin.ToString().ToLowerInvariant(),
        new FreshnessView(Camel(fresh.State.ToString()), fresh.When, fresh.DaysAway),
        d.Origin == DetailOrigin.Extracted ? new SourceView(d.SourceMessageId, d.SourceWebLink) : null);

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
