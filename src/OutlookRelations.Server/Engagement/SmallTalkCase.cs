namespace OutlookRelations.Server.Engagement;

/// <summary>
/// One measure compared between mail with small talk and mail without: how many relationships (or
/// relationships' thread pairs) on each side, the figure on each side, their difference and a 95%
/// bootstrap interval for it. Null figures mean there was nothing to measure on that side.
/// </summary>
public sealed record SmallTalkComparison(
    string Measure, string Unit, int WithCount, double? With, int WithoutCount, double? Without, double? Difference, double? Low, double? High);

/// <summary>
/// The case for small talk in the team's own numbers (issue 19). Between relationships: those whose
/// mail in the period carried personal small talk against those whose mail did not. Within
/// relationships: threads with small talk against threads without, in the same relationships, which
/// holds who the people are fixed. Associations, not causes: the sheet says so in words.
/// </summary>
public sealed record SmallTalkCase(IReadOnlyList<SmallTalkComparison> Between, IReadOnlyList<SmallTalkComparison> Within)
{
    public const int Resamples = 400;
    /// <summary>Bootstrap draws from at most this many relationships a side: intervals stay cheap for an organisation.</summary>
    public const int MaxResampled = 5000;
    public const int Seed = 20261202;
    public static readonly TimeSpan Quarter = TimeSpan.FromDays(91);

    /// <param name="measured">Each history's figures for the period, when the report already has them (same order).</param>
    public static SmallTalkCase Of(IReadOnlyList<PairHistory> histories, ReportPeriod period, DateTimeOffset now, IReadOnlyList<RelationshipMetrics>? measured = null)
    {
        var random = new Random(Seed);
        // Two flags per relationship, not a copy of its mail: an organisation has 100,000 of them.
        bool InPeriod(PairMessage m) => period.Contains(m.SentAt) && m.SentAt < now;
        var active = histories.Select((h, i) => (History: h, Index: i, Talk: h.Messages.Any(m => m.SmallTalk && InPeriod(m))))
            .Where(x => x.History.Messages.Any(InPeriod)).ToList();
        RelationshipMetrics Measure((PairHistory History, int Index, bool Talk) x) =>
            measured?[x.Index] ?? RelationshipMetrics.Compute(x.History, period, now);
        var chatty = active.Where(x => x.Talk).ToList();
        var plain = active.Where(x => !x.Talk).ToList();
        var metricsWith = chatty.Select(Measure).ToList();
        var metricsWithout = plain.Select(Measure).ToList();

        var between = new List<SmallTalkComparison>
        {
            Compare("Their reply rate", "share of your turns they answered", metricsWith.Select(m => m.ContactReplyRate), metricsWithout.Select(m => m.ContactReplyRate), Mean, random),
            Compare("Their median response", "hours", metricsWith.Select(m => m.ContactMedianResponseHours), metricsWithout.Select(m => m.ContactMedianResponseHours), Median, random),
            Compare("Came back after a silence", "share of relationships re-engaged in the period",
                metricsWith.Select(m => (double?)(m.ReEngagements > 0 ? 1 : 0)), metricsWithout.Select(m => (double?)(m.ReEngagements > 0 ? 1 : 0)), Mean, random),
        };
        // Strength a quarter later is known only once that quarter is over.
        if (period.To + Quarter <= now)
        {
            var later = new ReportPeriod(period.From, period.To + Quarter, period.Zone);
            between.Add(Compare("Relationship strength a quarter later", "time-decayed contacts",
                chatty.Select(x => (double?)RelationshipMetrics.Compute(x.History, later, now).Strength),
                plain.Select(x => (double?)RelationshipMetrics.Compute(x.History, later, now).Strength), Mean, random));
        }

        // Within a relationship: each relationship's own difference between its threads with and without small talk.
        // Only relationships with both kinds of thread can be paired.
        var threads = chatty.Select(x => Threads(x.History, period, now)).Where(t => t.Any(x => x.SmallTalk) && t.Any(x => !x.SmallTalk)).ToList();
        var within = new List<SmallTalkComparison>
        {
            Paired("Their reply rate, same relationships", "share of your turns they answered", threads, t => t.Answered, Mean, random),
            Paired("Their response, same relationships", "hours", threads, t => t.ResponseHours, Median, random),
        };
        return new SmallTalkCase(between, within);
    }

    /// <summary>One thread of a relationship: whether it carried small talk, and how they answered the owner's turns in it.</summary>
    private sealed record ThreadFigures(bool SmallTalk, double? Answered, double? ResponseHours);

    private static List<ThreadFigures> Threads(PairHistory history, ReportPeriod period, DateTimeOffset now)
    {
        var messages = history.Messages.Where(m => m.SentAt < now).ToList();
        var smallTalk = messages.Where(m => m.SmallTalk).Select(m => Key(m)).ToHashSet();
        return [.. Turns.Of(messages).Where(t => t.Side == Side.Owner && period.Contains(t.StartAt)).GroupBy(t => t.Conversation).Select(g => new ThreadFigures(
            smallTalk.Contains(g.Key),
            g.Average(t => t.AnsweredAt is { } at && at < now ? 1.0 : 0.0),
            Median([.. g.Where(t => t.AnsweredAt is { } at && at < now).Select(t => t.ResponseTime!.Value.TotalHours)])))];
    }

    // The conversation key Turns uses.
    private static string Key(PairMessage m) => string.IsNullOrEmpty(m.Conversation) ? $"#{m.Id}" : m.Conversation;

    private static SmallTalkComparison Compare(string measure, string unit, IEnumerable<double?> with, IEnumerable<double?> without,
        Func<IReadOnlyList<double>, double?> statistic, Random random)
    {
        var a = with.OfType<double>().ToList();
        var b = without.OfType<double>().ToList();
        var (sa, sb) = (statistic(a), statistic(b));
        var (low, high) = a.Count > 1 && b.Count > 1 ? Interval(Cap(a, random), Cap(b, random), statistic, random) : (null, null);
        return new SmallTalkComparison(measure, unit, a.Count, sa, b.Count, sb, sa - sb, low, high);
    }

    // Per relationship with threads on both sides: the figure of its small-talk threads minus the rest's.
    private static SmallTalkComparison Paired(string measure, string unit, IReadOnlyList<List<ThreadFigures>> relationships,
        Func<ThreadFigures, double?> figure, Func<IReadOnlyList<double>, double?> statistic, Random random)
    {
        var pairs = relationships.Select(threads =>
            {
                var with = threads.Where(t => t.SmallTalk).Select(figure).OfType<double>().ToList();
                var without = threads.Where(t => !t.SmallTalk).Select(figure).OfType<double>().ToList();
                return with.Count > 0 && without.Count > 0 ? ((double With, double Without)?)(statistic(with)!.Value, statistic(without)!.Value) : null;
            })
            .OfType<(double With, double Without)>().ToList();
        var differences = pairs.Select(p => p.With - p.Without).ToList();
        var (low, high) = differences.Count > 1 ? Interval(Cap(differences, random), null, statistic, random) : (null, null);
        return new SmallTalkComparison(measure, unit, pairs.Count, statistic([.. pairs.Select(p => p.With)]), pairs.Count,
            statistic([.. pairs.Select(p => p.Without)]), statistic(differences), low, high);
    }

    /// <summary>The 2.5th and 97.5th percentiles of the statistic's difference over resamples (b null: of a alone).</summary>
    private static (double?, double?) Interval(IReadOnlyList<double> a, IReadOnlyList<double>? b, Func<IReadOnlyList<double>, double?> statistic, Random random)
    {
        var draws = new List<double>(Resamples);
        var sampleA = new double[a.Count];
        var sampleB = new double[b?.Count ?? 0];
        for (var r = 0; r < Resamples; r++)
        {
            for (var i = 0; i < sampleA.Length; i++) sampleA[i] = a[random.Next(a.Count)];
            for (var i = 0; i < sampleB.Length; i++) sampleB[i] = b![random.Next(b.Count)];
            var value = statistic(sampleA) - (b is null ? 0 : statistic(sampleB));
            if (value is { } v) draws.Add(v);
        }
        if (draws.Count == 0) return (null, null);
        draws.Sort();
        return (Percentile(draws, 0.025), Percentile(draws, 0.975));
    }

    private static IReadOnlyList<double> Cap(List<double> values, Random random) =>
        values.Count <= MaxResampled ? values : [.. values.OrderBy(_ => random.Next()).Take(MaxResampled)];

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Clamp(Math.Round(p * (sorted.Count - 1)), 0, sorted.Count - 1)];

    public static double? Mean(IReadOnlyList<double> values) => values.Count == 0 ? null : values.Average();

    public static double? Median(IReadOnlyList<double> values) => Cadence.Median(values as IReadOnlyCollection<double> ?? [.. values]);
}
