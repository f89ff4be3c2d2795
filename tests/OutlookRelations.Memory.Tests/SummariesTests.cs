using OutlookRelations.Memory.Extraction;

namespace OutlookRelations.Memory.Tests;

public sealed class SummariesTests
{
    [Fact]
    public void A_short_sentence_is_its_own_summary_without_greeting_or_full_stop() =>
        Assert.Equal("We're finally moving to Austin in June", Summaries.Of("Hi Ben, We're finally moving to Austin in June."));

    [Fact]
    public void A_long_sentence_is_cut_at_a_clause_boundary_never_mid_clause()
    {
        var sentence = "My daughter Ella has her piano recital at the Hobby Center on Thursday, May 7, so I'll be leaving the office early that afternoon to make it";
        var summary = Summaries.Of(sentence);
        Assert.True(summary.Length <= Summaries.MaxChars, summary);
        Assert.Equal("My daughter Ella has her piano recital at the Hobby Center on Thursday, May 7", summary);
    }
}
