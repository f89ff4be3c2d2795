using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Tests.Engagement.RawCount;
using OutlookRelations.Server.Tests.Sync;
using Xunit.Abstractions;

namespace OutlookRelations.Server.Tests.Engagement;

/// <summary>
/// A sceptic's check on real mail: every Enron mailbox is counted twice, once by the product (the
/// emulator serving the maildir, sync through the real SDK, figures kept on ingest) and once straight
/// from the raw files by RawCount's own small parser and docs/metrics.md's definitions. They must agree.
/// </summary>
[Collection(nameof(EnronCollection))]
public sealed class IndependentCountTests(EnronFixture enron, ITestOutputHelper output)
{
    private sealed record Stored(string Email, int Sent, int Received, int ContactTurns, int ContactTurnsAnswered, int OwnerTurns, int OwnerTurnsAnswered,
        double? OwnerMedian, double? ContactMedian);

    [SharedDataFact(EnronFixture.Maildir)]
    public async Task Every_Enron_mailboxs_stored_figures_equal_a_count_straight_from_the_raw_files()
    {
        var failures = new List<string>();
        foreach (var directory in Directory.EnumerateDirectories(enron.Root!).Order(StringComparer.Ordinal))
        {
            var raw = RawMailbox.Read(directory);
            var expected = RawFigures.Of(raw);
            var owner = enron.Owners.Single(o => o.Email == raw.Owner);
            Assert.Equal(raw.OwnerAddresses.Order(StringComparer.Ordinal), owner.Aliases.Split('\n', StringSplitOptions.RemoveEmptyEntries).Append(owner.Email).Order(StringComparer.Ordinal));
            var stored = (await enron.App.ReadAsAsync(owner, db => db.RelationshipFacts.Join(db.Contacts, f => f.ContactId, c => c.Id, (f, c) => new Stored(c.Email,
                    f.Sent, f.Received, f.ContactTurns, f.ContactTurnsAnswered, f.OwnerTurns, f.OwnerTurnsAnswered, f.OwnerMedianResponseHours, f.ContactMedianResponseHours))
                .ToListAsync())).Where(s => s.Sent + s.Received > 0).ToDictionary(s => s.Email);
            var automated = await enron.App.ReadAsAsync(owner, db => db.Interactions.CountAsync(i => i.IsAutomated));

            output.WriteLine($"{Path.GetFileName(directory)} ({raw.Owner}, {raw.OwnerAddresses.Count} addresses): {raw.Messages.Count + raw.Automated} distinct messages, {raw.Automated} automated (stored {automated})");
            output.WriteLine($"  raw:    {Totals(expected.Values.Select(f => (f.Sent, f.Received, f.ContactTurns, f.ContactTurnsAnswered, f.OwnerTurns, f.OwnerTurnsAnswered)), expected.Values.SelectMany(f => f.OwnerResponseHours), expected.Values.SelectMany(f => f.ContactResponseHours), expected.Count)}");
            output.WriteLine($"  stored: {Totals(stored.Values.Select(f => (f.Sent, f.Received, f.ContactTurns, f.ContactTurnsAnswered, f.OwnerTurns, f.OwnerTurnsAnswered)), null, null, stored.Count)}");

            if (automated != raw.Automated) failures.Add($"{raw.Owner}: {automated} automated messages stored, {raw.Automated} counted");
            foreach (var email in expected.Keys.Union(stored.Keys).Order(StringComparer.Ordinal))
            {
                var want = expected.GetValueOrDefault(email);
                var got = stored.GetValueOrDefault(email);
                var wantText = want is null ? "none" : $"{want.Sent}/{want.Received} turns {want.ContactTurnsAnswered}/{want.ContactTurns}, {want.OwnerTurnsAnswered}/{want.OwnerTurns} medians {want.OwnerMedianHours:F4}/{want.ContactMedianHours:F4}";
                var gotText = got is null ? "none" : $"{got.Sent}/{got.Received} turns {got.ContactTurnsAnswered}/{got.ContactTurns}, {got.OwnerTurnsAnswered}/{got.OwnerTurns} medians {got.OwnerMedian:F4}/{got.ContactMedian:F4}";
                if (wantText != gotText) failures.Add($"{raw.Owner} × {email}: counted {wantText}; stored {gotText}");
            }
        }
        await PrintReportFiguresAsync("phillip.allen@enron.com", new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2002, 1, 1, 0, 0, 0, TimeSpan.Zero));
        foreach (var failure in failures.Take(40)) output.WriteLine(failure);
        Assert.True(failures.Count == 0, $"{failures.Count} relationships differ from the count of the raw files; the first: {failures.FirstOrDefault()}");
    }

    // What the owner's own report for the period says (the report's own code: PairHistories, RelationshipMetrics, MetricTotals).
    private async Task PrintReportFiguresAsync(string email, DateTimeOffset from, DateTimeOffset to)
    {
        var owner = enron.Owners.Single(o => o.Email == email);
        await using var scope = enron.App.Services.CreateAsyncScope();
        var histories = await scope.ServiceProvider.GetRequiredService<PairHistories>().LoadAsync(owner.TenantId, [owner.Id], CancellationToken.None);
        var period = new ReportPeriod(from, to, TimeZoneInfo.Utc);
        var totals = MetricTotals.Of(histories.Select(h => RelationshipMetrics.Compute(h, period, to)));
        output.WriteLine($"{email}, report {from:yyyy-MM-dd} to {to.AddDays(-1):yyyy-MM-dd}: your reply rate {totals.OwnerReplyRate:P1}, your median response {totals.OwnerMedianResponseHours:F1} h, " +
                         $"their reply rate {totals.ContactReplyRate:P1}, {totals.Dormant} of {totals.Relationships} relationships dormant, {totals.Messages} messages");
    }

    private static string Totals(IEnumerable<(int Sent, int Received, int ContactTurns, int ContactAnswered, int OwnerTurns, int OwnerAnswered)> rows,
        IEnumerable<double>? ownerHours, IEnumerable<double>? contactHours, int relationships)
    {
        var all = rows.ToList();
        var (sent, received) = (all.Sum(r => r.Sent), all.Sum(r => r.Received));
        var yourRate = RelationshipMetrics.Rate(all.Sum(r => r.ContactAnswered), all.Sum(r => r.ContactTurns));
        var theirRate = RelationshipMetrics.Rate(all.Sum(r => r.OwnerAnswered), all.Sum(r => r.OwnerTurns));
        var medians = ownerHours is null ? "" : $", your median response {RawFigures.Median([.. ownerHours]):F1} h, theirs {RawFigures.Median([.. contactHours!]):F1} h";
        return $"{relationships} relationships, {sent} sent, {received} received, {all.Sum(r => r.ContactTurns)} turns of theirs, {all.Sum(r => r.OwnerTurns)} of the owner's; your reply rate {yourRate:P1}, theirs {theirRate:P1}{medians}";
    }
}
