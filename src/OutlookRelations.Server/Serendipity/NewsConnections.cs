using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Remembering;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Serendipity;

/// <summary>Someone you know at an organisation in the news: how well, and whether it has gone quiet.</summary>
public sealed record KnownPerson(string Email, string DisplayName, string Band, int? DaysSinceContact);

/// <summary>
/// Company news one contact told you, and the people you know at another organisation it names:
/// "NBC is being bought by Comcast" → "you know 2 people at Comcast". Text is from mail: render as text.
/// </summary>
public sealed record NewsConnection(long DetailId, string News, string ToldByEmail, string ToldBy, DateTimeOffset MentionedAt,
    string Organisation, IReadOnlyList<KnownPerson> People, string Text);

/// <summary>
/// Orchestrated serendipity (issue 20): organisation names are matched to the organisations of the
/// contacts you already have (never an outside service), as whole words in the news's own sentence
/// (or one of the other names the tenant's admin gave the organisation: OrganisationAliases),
/// leaving out the teller's own organisation and your tenant's.
/// </summary>
public sealed class NewsConnections(RelationsDbContext db, TimeProvider time)
{
    /// <summary>News older than this is not news.</summary>
    public const int RecentDays = 120;
    public const int PeoplePerOrganisation = 3;
    public async Task<IReadOnlyList<NewsConnection>> FindAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var since = now.AddDays(-RecentDays);
        var news = await db.ContactDetails.Include(d => d.Contact)
            .Where(d => d.Kind == ArtifactKind.CompanyNews && (d.Status == DetailStatus.Active || d.Status == DetailStatus.Confirmed) && d.LastMentionedAt >= since)
            .OrderByDescending(d => d.LastMentionedAt).Take(50).ToListAsync(ct);
        if (news.Count == 0) return [];
        var tenantName = await db.Tenants.Where(t => t.Id == db.Scope.TenantId).Select(t => t.Name).SingleAsync(ct);
        var aliases = OrganisationAliases.Parse(await db.TenantSettings.Where(s => s.TenantId == db.Scope.TenantId).Select(s => s.OrganisationAliases).SingleOrDefaultAsync(ct));
        var organisations = await db.Contacts.Where(c => c.Organisation != null && c.Organisation != tenantName && c.LastContactAt != null)
            .Select(c => c.Organisation!).Distinct().ToListAsync(ct);

        var found = new List<(ContactDetail Detail, string Organisation)>();
        foreach (var detail in news)
            foreach (var organisation in organisations.Where(o => o != detail.Contact!.Organisation && aliases.Mentions($"{detail.Summary} {detail.Evidence}", o)))
                found.Add((detail, organisation));
        if (found.Count == 0) return [];

        var named = found.Select(f => f.Organisation).Distinct().ToList();
        var people = (await db.Contacts.Where(c => c.Organisation != null && named.Contains(c.Organisation) && c.LastContactAt != null).ToListAsync(ct))
            .GroupBy(c => c.Organisation!)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.StrengthLog).Take(PeoplePerOrganisation).Select(c => Person(c, now)).ToList());
        return [.. found.Select(f => Connection(f.Detail, f.Organisation, people[f.Organisation]))];
    }

    /// <summary>The organisation's name as whole words ("Comcast" in "bought by Comcast.", not in "Comcastic").</summary>
    public static bool Mentions(string text, string organisation) =>
        organisation.Length >= 3 && Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(organisation)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));

    private static KnownPerson Person(Contact c, DateTimeOffset now)
    {
        var strength = RelationshipStrength.At(c.StrengthLog, now);
        var band = RelationshipStrength.Band(strength);
        return new KnownPerson(c.Email, c.DisplayName, band, c.LastContactAt is { } last ? (int)(now - last).TotalDays : null);
    }

    private static NewsConnection Connection(ContactDetail d, string organisation, List<KnownPerson> people)
    {
        var who = string.Join(", ", people.Select(p => $"{p.DisplayName} ({Describe(p)})"));
        var count = people.Count == 1 ? "1 person" : $"{people.Count} people";
        var text = $"“{d.Summary}” — you know {count} at {organisation}: {who}.";
        return new NewsConnection(d.Id, d.Summary, d.Contact!.Email, d.Contact.DisplayName, d.LastMentionedAt, organisation, people, text);
    }

    // "strong", or "no contact for 5 months" when that is the more useful thing to know.
    private static string Describe(KnownPerson p) =>
        p.DaysSinceContact is { } days && days > Cadence.DormancyWithoutCadence.TotalDays ? $"no contact for {Math.Round(days / 30.0)} months" : p.Band;
}
