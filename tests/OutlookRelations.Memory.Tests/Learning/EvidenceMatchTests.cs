using OutlookRelations.Memory.Cleaning;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Learning;

namespace OutlookRelations.Memory.Tests.Learning;

public sealed class EvidenceMatchTests
{
    private static IReadOnlyList<Candidate> Read(string subject, string body) =>
        Candidates.Of(AuthoredMessage.Read(Mail.Message(body) with { Subject = subject }), ArtifactExtractor.DefaultDetectors);

    [Fact]
    public void Evidence_copied_across_a_line_break_finds_its_sentence()
    {
        var candidates = Read("Re: Friday", "Thanks for the numbers.\nI'm off to Cabo\nnext week with the family. Talk soon.");
        var at = EvidenceMatch.Find("I'm off to Cabo next week", candidates);
        Assert.StartsWith("I'm off to Cabo", candidates[at].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_subject_line_is_a_candidate_too()
    {
        var candidates = Read("Update on ski conditions on the western front", "See below.");
        Assert.True(candidates[EvidenceMatch.Find("Update on ski conditions on the western front", candidates)].IsSubject);
    }

    [Fact]
    public void Evidence_no_sentence_holds_matches_nothing() =>
        Assert.Equal(-1, EvidenceMatch.Find("the bachelor party sounds fun", Read("Hi", "The gas numbers are attached.")));
}
