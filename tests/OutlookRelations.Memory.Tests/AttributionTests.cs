using OutlookRelations.Memory.Cleaning;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Learning;
using OutlookRelations.Memory.Messages;

namespace OutlookRelations.Memory.Tests;

/// <summary>Who a detail is about: the writer, the single reader, a participant named in the sentence, or nobody.</summary>
public sealed class AttributionTests
{
    private static string? About(string sentence, ArtifactKind kind, MailMessage message)
    {
        var candidate = Candidates.Of(AuthoredMessage.Read(message with { Body = sentence, Subject = "" }), ArtifactExtractor.DefaultDetectors).Single();
        var hit = candidate.RuleHits.Where(h => h.Kind == kind).MaxBy(h => h.Confidence);
        return Attribution.About(candidate, kind, hit, new People(message));
    }

    private static readonly MailMessage ToOne = Mail.Message("");
    private static readonly MailMessage ToTwo = Mail.Message("") with
    {
        To = [new Participant(Mail.Reader, "Ben Carter"), new Participant("carla.diaz@contoso.example", "Diaz, Carla")],
    };

    [Theory]
    [InlineData("We took the kids to the lake house this weekend.", ArtifactKind.Family)]
    [InlineData("I'm off to Cabo next week.", ArtifactKind.Travel)]
    [InlineData("Heading to Cabo next week with the whole crew.", ArtifactKind.Travel)]
    [InlineData("I'll send you the contract tomorrow.", ArtifactKind.Commitment)]
    public void The_writers_own_news_is_the_writers(string sentence, ArtifactKind kind) =>
        Assert.Equal(Mail.Writer, About(sentence, kind, ToOne));

    [Theory]
    [InlineData("How's the new job??", ArtifactKind.WorkChange)]
    [InlineData("Trip was good I presume?", ArtifactKind.Travel)]
    [InlineData("Have a great time in Cabo.", ArtifactKind.Travel)]
    [InlineData("Congratulations on the new baby!", ArtifactKind.LifeEvent)]
    [InlineData("Bring the girls' suits, the pool is open.", ArtifactKind.Family)]
    public void Questions_wishes_and_requests_to_the_reader_are_the_readers(string sentence, ArtifactKind kind) =>
        Assert.Equal(Mail.Reader, About(sentence, kind, ToOne));

    [Fact]
    public void You_with_several_readers_is_nobody_in_particular() =>
        Assert.Null(About("How was your trip?", ArtifactKind.Travel, ToTwo));

    [Fact]
    public void A_participant_named_in_the_sentence_is_that_participant() =>
        Assert.Equal("carla.diaz@contoso.example", About("Carla said she is getting married in June.", ArtifactKind.LifeEvent, ToTwo));

    [Fact]
    public void Someone_who_is_not_a_participant_is_nobody() =>
        Assert.Null(About("Baird is on vacation in Hawaii until Monday, so he can't make it.", ArtifactKind.Travel, ToTwo));
}
