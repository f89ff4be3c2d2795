using OutlookRelations.Memory.Extraction;
using OutlookRelations.Server.Details;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Details;

public sealed class MentionMergingTests
{
    private static long _ids;

    private static ContactDetail Detail(ArtifactKind kind, string summary, DateOnly? date = null, bool owners = false) => new()
    {
        Id = ++_ids, Kind = kind, Summary = summary, Evidence = summary, Date = date, IsOwnersPromise = owners,
    };

    [Theory]
    [InlineData("We're moving to Denver in May", "Our move to Denver is next month")]
    [InlineData("Daughter Emma plays chess", "Emma's chess tournament, my daughter")]
    [InlineData("Training for the Boston marathon", "the Boston marathon training is going well")]
    public void The_same_thing_in_other_words_is_one_group(string first, string second)
    {
        var groups = MentionMerging.Group([Detail(ArtifactKind.LifeEvent, first), Detail(ArtifactKind.LifeEvent, second)]);
        Assert.Single(groups);
    }

    [Theory]
    [InlineData("Moving to Denver in May", "Visiting Denver for a conference")] // one shared word is not enough
    [InlineData("Daughter Emma plays chess", "Son Leo plays football")]
    public void Different_things_stay_apart(string first, string second) =>
        Assert.Equal(2, MentionMerging.Group([Detail(ArtifactKind.Family, first), Detail(ArtifactKind.Family, second)]).Count);

    [Fact]
    public void Kinds_promise_sides_and_dates_keep_details_apart_and_one_date_joins_them()
    {
        Assert.Equal(2, MentionMerging.Group([Detail(ArtifactKind.Travel, "Trip to Cabo in March"), Detail(ArtifactKind.Interest, "Trip to Cabo in March")]).Count);
        Assert.Equal(2, MentionMerging.Group([Detail(ArtifactKind.Commitment, "send the pilot results", owners: true), Detail(ArtifactKind.Commitment, "send the pilot results")]).Count);
        var march = new DateOnly(2026, 3, 16);
        Assert.Equal(2, MentionMerging.Group([Detail(ArtifactKind.Travel, "Cabo trip", march), Detail(ArtifactKind.Travel, "Cabo trip", march.AddDays(30))]).Count);
        Assert.Single(MentionMerging.Group([Detail(ArtifactKind.Birthday, "birthday on Monday", march), Detail(ArtifactKind.Birthday, "turns 40", march)]));
    }

    [Fact]
    public void Groups_keep_the_order_of_their_first_member()
    {
        var a = Detail(ArtifactKind.Pet, "New puppy Biscuit");
        var b = Detail(ArtifactKind.Interest, "Plays the cello");
        var c = Detail(ArtifactKind.Pet, "Biscuit the puppy chewed a charger");
        var groups = MentionMerging.Group([a, b, c]);
        Assert.Equal([[a.Id, c.Id], [b.Id]], groups.Select(g => g.Select(d => d.Id).ToArray()).ToArray());
    }
}
