using OutlookRelations.Memory.Extraction;

namespace OutlookRelations.Memory.Tests;

/// <summary>The whole pipeline on small messages: who each detail is about, its date, dedupe.</summary>
public sealed class ExtractorTests
{
    [Fact]
    public void Details_go_to_the_writer_or_the_single_reader_with_their_dates()
    {
        var artifacts = Mail.Extract("""
            Ben,

            Thanks for remembering my birthday. We are taking the kids to Disney on April 20.
            It sounds like your house is coming along fast. I'll call you tomorrow.

            -----Original Message-----
            From: Ben
            Sent: Tuesday

            My wife and I are moving to Denver.
            """);

        Assert.Contains(artifacts, a => a is { Kind: ArtifactKind.Birthday, About: Mail.Writer });
        var trip = Assert.Single(artifacts, a => a.Kind == ArtifactKind.Travel);
        Assert.Equal((Mail.Writer, new DateOnly(2001, 4, 20)), (trip.About, trip.Date));
        Assert.Contains(artifacts, a => a is { Kind: ArtifactKind.LifeEvent, About: Mail.Reader });
        var promise = Assert.Single(artifacts, a => a.Kind == ArtifactKind.Commitment);
        Assert.Equal(new DateOnly(2001, 4, 5), promise.Date);
        Assert.Equal("I'll call you tomorrow.", promise.Evidence);
        Assert.DoesNotContain(artifacts, a => a.Evidence.Contains("Denver", StringComparison.Ordinal));
    }

    [Fact]
    public void You_is_nobody_in_particular_when_there_are_several_readers()
    {
        var artifacts = Mail.Extract("How was your vacation? My daughter says hi.", to: Mail.Reader, cc: "carl@x.example");
        Assert.Contains(artifacts, a => a is { Kind: ArtifactKind.Family, About: Mail.Writer });
        var both = Mail.Extract("How was your vacation?", to: Mail.Reader, cc: "carl@x.example");
        Assert.Contains(both, a => a.About == Mail.Reader); // Cc does not make "you" ambiguous: To has one person
        var message = Mail.Message("How was your vacation?") with { To = [new("b@x.example", ""), new("c@x.example", "")] };
        Assert.Empty(new ArtifactExtractor().Extract(message));
    }

    [Fact]
    public void Someone_elses_news_counts_only_for_a_named_participant()
    {
        Assert.Empty(Mail.Extract("Robin came back from her honeymoon."));
        var message = Mail.Message("I have been informed by Nicole that she will be leaving Enron effective April 30.") with
        {
            To = [new("mark.whitt@enron.com", ""), new("nicole.cortez@enron.com", "")],
        };
        var artifact = Assert.Single(new ArtifactExtractor().Extract(message));
        Assert.Equal(("nicole.cortez@enron.com", ArtifactKind.WorkChange, new DateOnly(2001, 4, 30)), (artifact.About, artifact.Kind, artifact.Date));
    }

    [Fact]
    public void One_artifact_per_person_and_kind_keeps_the_most_confident()
    {
        var message = Mail.Message("I'll call you Monday. I will send you the plans. We'll follow up with the team.");
        var promise = Assert.Single(new ArtifactExtractor().Extract(message));
        var all = new ArtifactExtractor { MinConfidence = 0 }.Extract(message);
        Assert.Equal(ArtifactKind.Commitment, promise.Kind);
        Assert.Equal(all.Where(a => a.Kind == ArtifactKind.Commitment).Max(a => a.Confidence), promise.Confidence);
    }

    [Fact]
    public void Newsletters_and_broadcasts_carry_no_personal_details()
    {
        Assert.Empty(new ArtifactExtractor().Extract(Mail.Message("Win a vacation to Disney! Click to unsubscribe.")));
        var fromList = Mail.Message("We went to Colorado last week.") with { From = new("newsletter@travel.example", "") };
        Assert.Empty(new ArtifactExtractor().Extract(fromList));
        var toEveryone = Mail.Message("My daughter graduates.") with { To = [new("all.houston@enron.com", "")] };
        Assert.Empty(new ArtifactExtractor().Extract(toEveryone));
    }

    [Fact]
    public void From_a_broadcast_a_persons_own_work_news_is_kept_and_nothing_else()
    {
        // The guide labels a farewell note or "I've joined X" sent to a group.
        var farewell = Mail.Message("Today is my last day at Enron. I have accepted a new job with Dynegy. My daughter graduates on Friday.") with { To = [new("all.houston@enron.com", "")] };
        var artifact = Assert.Single(new ArtifactExtractor().Extract(farewell));
        Assert.Equal((Mail.Writer, ArtifactKind.WorkChange), (artifact.About, artifact.Kind));
    }

    [Theory]
    [InlineData("My wife starts her chemo next week.")]
    [InlineData("Sorry to hear about your wife's condition.")]
    [InlineData("He is out of rehab and walking again.")]
    [InlineData("My dad is recovering from a heart attack.")]
    [InlineData("We lost my grandmother on Sunday; the funeral is Friday.")]
    [InlineData("We will keep your family in our prayers.")]
    public void Health_bereavement_and_faith_are_sensitive_whoever_they_concern(string sentence) =>
        Assert.True(Sensitivity.IsSensitive(sentence), sentence);

    [Theory]
    [InlineData("We went to Colorado last week.")]
    [InlineData("The plant is in good condition after the outage.")]
    [InlineData("I will send the treatment of the swap in the deal memo.")]
    [InlineData("The cost recovery filing and the loss of load are on the agenda.")]
    public void Ordinary_sentences_are_not_sensitive(string sentence) =>
        Assert.False(Sensitivity.IsSensitive(sentence), sentence);

    [Fact]
    public void Health_details_are_flagged_sensitive()
    {
        var artifact = Assert.Single(Mail.Extract("I'm recovering from surgery on my knee."));
        Assert.True(artifact.Sensitive);
        Assert.False(Assert.Single(Mail.Extract("We went to Colorado last week.")).Sensitive);
    }

    [Fact]
    public void Evidence_is_a_short_snippet_not_the_body()
    {
        var artifact = Assert.Single(Mail.Extract("My daughter " + string.Concat(Enumerable.Repeat("really ", 100)) + "loves art."));
        Assert.True(artifact.Evidence.Length <= ArtifactExtractor.MaxEvidenceChars + 1);
    }
}
