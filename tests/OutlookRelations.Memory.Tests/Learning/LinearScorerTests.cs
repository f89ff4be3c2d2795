using OutlookRelations.Cli.Training;
using OutlookRelations.Memory.Cleaning;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Learning;
using OutlookRelations.Testing;

namespace OutlookRelations.Memory.Tests.Learning;

/// <summary>The shipped model's scores done directly are the scores ML.NET's prediction engines give.</summary>
public sealed class LinearScorerTests
{
    // Float sums taken in another order; a wrong slot, weight or scaling moves scores by far more.
    private const double Tolerance = 1e-5;

    [Theory]
    [InlineData("i'll send you the revised numbers tomorrow")]
    [InlineData("hope the trip to cabo was great!")]
    [InlineData("my daughter has her recital on friday, so i'm out early")]
    [InlineData("congrats someone -- well deserved")]
    [InlineData("call me at 000-0000 re: the   deal")]
    [InlineData("")]
    [InlineData("unknownword anotherunknownword")]
    public void Sentences_score_as_the_engines_score_them(string normalized)
    {
        var model = DetailModel.Shipped!;
        var cues = new float[Cues.Count];
        cues[0] = 0.8f;
        cues[Cues.Count - 1] = 1f;
        AssertSame(model, normalized, cues);
    }

    [Theory]
    [InlineData("café au lait on the terrace")]
    [InlineData("a|b pipe")]
    public void Text_outside_plain_ascii_is_left_to_the_engines_and_scores_as_they_do(string normalized)
    {
        var model = DetailModel.Shipped!;
        var cues = new float[Cues.Count];
        Assert.Null(model.ScoreDirectly(normalized, cues));
        Assert.Equal(model.ScoreByEngines(normalized, cues), model.Score(normalized, cues));
    }

    [SharedDataFact("eval/dev.jsonl")]
    public void Every_labelled_sentence_scores_as_the_engines_score_it()
    {
        var model = DetailModel.Shipped!;
        int compared = 0, direct = 0;
        foreach (var mail in DevSet.Load(SharedData.Root!))
        {
            var text = new ModelText(mail.Message);
            foreach (var candidate in Candidates.Of(AuthoredMessage.Read(mail.Message), ArtifactExtractor.DefaultDetectors))
            {
                var normalized = text.Normalize(candidate.Text);
                var cues = Cues.Of(candidate, mail.Message);
                compared++;
                if (model.ScoreDirectly(normalized, cues) is null) continue;
                AssertSame(model, normalized, cues);
                direct++;
            }
        }
        Assert.True(compared > 5000, $"only {compared} sentences compared");
        // Enron's mail is nearly all plain ASCII; the rest goes to the engines.
        Assert.True(direct > compared * 0.95, $"{direct} of {compared} sentences scored directly");
    }

    private static void AssertSame(DetailModel model, string normalized, float[] cues)
    {
        var expected = model.ScoreByEngines(normalized, cues);
        var actual = model.ScoreDirectly(normalized, cues) ?? throw new Xunit.Sdk.XunitException($"'{normalized}' was left to the engines");
        Assert.Equal(expected.Length, actual.Length);
        for (var k = 0; k < expected.Length; k++)
            Assert.True(Math.Abs(expected[k] - actual[k]) < Tolerance, $"'{normalized}': {DetailModel.Kinds[k]} scores {actual[k]} directly, {expected[k]} by the engines");
    }
}
