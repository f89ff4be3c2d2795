using OutlookRelations.Memory.Cleaning;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Messages;
using OutlookRelations.Memory.Tests.Evaluation;
using OutlookRelations.Testing;
using Xunit.Abstractions;

namespace OutlookRelations.Memory.Tests.Gate;

/// <summary>
/// The gate checked on labels nobody here wrote: the UC Berkeley annotators' genres. Newsletters,
/// news articles and press releases (2.10, 2.4, 2.7) should be turned away far more often than
/// purely personal mail (1.2), which must almost always be read.
/// </summary>
public sealed class BerkeleyGateTests(ITestOutputHelper output)
{
    [SharedDataFact(BerkeleyGenres.Corpus)]
    public void The_gate_turns_away_bulk_genres_and_reads_personal_mail()
    {
        var bulk = new List<string>();
        var personal = new List<string>();
        foreach (var (message, categories) in BerkeleyGenres.Messages())
        {
            if (categories.Contains("1.2")) personal.Add(message);
            else if (categories.Overlaps(["2.10", "2.4", "2.7"])) bulk.Add(message);
        }
        var bulkShare = TurnedAway(bulk);
        var personalShare = TurnedAway(personal);
        output.WriteLine($"turned away: {bulkShare:P0} of {bulk.Count} newsletters, news articles and press releases; {personalShare:P0} of {personal.Count} purely personal messages");
        Assert.True(personalShare <= 0.05, $"the gate turned away {personalShare:P0} of purely personal mail");
        Assert.True(bulkShare >= 0.25, $"the gate turned away only {bulkShare:P0} of bulk genres");
    }

    private static double TurnedAway(List<string> files) => files.Count == 0 ? 0 : (double)files.Count(file =>
    {
        using var stream = File.OpenRead(file);
        return MessageGate.Judge(AuthoredMessage.Read(MimeReader.Read(stream))).IsBulk;
    }) / files.Count;
}
