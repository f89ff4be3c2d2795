using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Remembering;

namespace OutlookRelations.Memory.Tests.Remembering;

public sealed class MemoryMergeTests
{
    private sealed class Detail : IRememberedDetail
    {
        public required ArtifactKind Kind { get; init; }
        public string Summary { get; set; } = "";
        public string Evidence { get; set; } = "";
        public DateOnly? Date { get; set; }
        public double Confidence { get; set; }
        public bool Sensitive { get; set; }
        public int Mentions { get; set; } = 1;
        public DateTimeOffset FirstMentionedAt { get; set; }
        public DateTimeOffset LastMentionedAt { get; set; }
        public string SourceMessageId { get; set; } = "";
        public DetailStatus Status { get; set; }

        public static Detail From(Artifact a, DateTimeOffset at) => new()
        {
            Kind = a.Kind, Summary = a.Summary, Evidence = a.Evidence, Date = a.Date, Confidence = a.Confidence,
            FirstMentionedAt = at, LastMentionedAt = at, SourceMessageId = a.MessageId,
        };
    }

    private static readonly DateTimeOffset March = new(2001, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static Artifact Found(ArtifactKind kind, string evidence, DateOnly? date = null, string message = "<m>") =>
        new(message, "b@x", kind, evidence, evidence, date, 0.8, false);

    [Fact]
    public void The_same_detail_mentioned_again_strengthens_instead_of_duplicating()
    {
        var first = Detail.From(Found(ArtifactKind.Family, "My daughter Kelsey really likes art."), March);

        var (outcome, match) = MemoryMerge.Merge([first], Found(ArtifactKind.Family, "Kelsey loves her art classes, says my daughter.", message: "<m2>"), March.AddDays(9));

        Assert.Equal(MergeOutcome.Strengthened, outcome);
        Assert.Same(first, match);
        Assert.Equal(2, first.Mentions);
        Assert.Equal(0.96, first.Confidence);
        Assert.Equal(March.AddDays(9), first.LastMentionedAt);
        Assert.Equal("<m2>", first.SourceMessageId);
    }

    [Fact]
    public void A_different_detail_of_the_same_kind_is_added()
    {
        var trip = Detail.From(Found(ArtifactKind.Travel, "We are off to Cabo next week.", new DateOnly(2001, 3, 8)), March);
        var (outcome, _) = MemoryMerge.Merge([trip], Found(ArtifactKind.Travel, "Skiing in Banff over Easter.", new DateOnly(2001, 4, 15)), March);
        Assert.Equal(MergeOutcome.Added, outcome);
    }

    [Fact]
    public void Dated_details_are_the_same_only_on_the_same_date_but_a_birthday_is_the_same_every_year()
    {
        var monday = Detail.From(Found(ArtifactKind.Commitment, "I'll send you the revised proposal by Monday.", new DateOnly(2026, 11, 23)), March);
        Assert.Equal(MergeOutcome.Added, MemoryMerge.Merge([monday], Found(ArtifactKind.Commitment, "I'll send you the revised proposal by Tuesday.", new DateOnly(2026, 11, 24)), March).Outcome);

        var birthday = Detail.From(Found(ArtifactKind.Birthday, "My birthday is on February 2.", new DateOnly(2026, 2, 2)), March);
        Assert.Equal(MergeOutcome.Strengthened, MemoryMerge.Merge([birthday], Found(ArtifactKind.Birthday, "It's my birthday on Feb 2nd!", new DateOnly(2027, 2, 2)), March.AddMonths(8)).Outcome);
    }

    [Fact]
    public void A_dismissed_detail_stays_dismissed()
    {
        var dismissed = Detail.From(Found(ArtifactKind.Pet, "Our new puppy Biscuit."), March);
        dismissed.Status = DetailStatus.Dismissed;
        Assert.Equal(MergeOutcome.Ignored, MemoryMerge.Merge([dismissed], Found(ArtifactKind.Pet, "Biscuit the puppy is chewing everything."), March.AddDays(3)).Outcome);
        Assert.Equal(1, dismissed.Mentions);
    }

    [Fact]
    public void A_newer_home_supersedes_the_older_whatever_order_the_mail_arrives_in()
    {
        var moving = Detail.From(Found(ArtifactKind.LifeEvent, "We are moving next month."), March);
        var moved = Detail.From(Found(ArtifactKind.LifeEvent, "We moved to Denver, the house is lovely."), March.AddDays(40));
        var wedding = Detail.From(Found(ArtifactKind.LifeEvent, "Our wedding was wonderful."), March.AddDays(10));
        MemoryMerge.Supersede([moving, wedding], moved);
        Assert.Equal((DetailStatus.Superseded, DetailStatus.Active, DetailStatus.Active), (moving.Status, moved.Status, wedding.Status));

        // The older message synced last: it arrives superseded.
        var lateOld = Detail.From(Found(ArtifactKind.WorkChange, "I got the job at Reliant."), March);
        var newer = Detail.From(Found(ArtifactKind.WorkChange, "I was promoted to VP."), March.AddDays(90));
        MemoryMerge.Supersede([newer], lateOld);
        Assert.Equal((DetailStatus.Active, DetailStatus.Superseded), (newer.Status, lateOld.Status));
    }
}
