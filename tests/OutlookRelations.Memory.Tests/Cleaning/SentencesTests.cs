using OutlookRelations.Memory.Cleaning;

namespace OutlookRelations.Memory.Tests.Cleaning;

public sealed class SentencesTests
{
    [Fact]
    public void Wrapped_lines_join_and_sentences_split_on_punctuation_and_paragraphs()
    {
        var text = "Kay & Neal,\n\nThanks for remembering my birthday.  You beat my parents by\none day.\n\nGood luck on the house.\n- first item\n- second item";

        var sentences = Sentences.Split(text);

        Assert.Equal(["Kay & Neal,", "Thanks for remembering my birthday.", "You beat my parents by one day.", "Good luck on the house.", "first item", "second item"], sentences);
    }

    [Fact]
    public void Abbreviations_and_initials_do_not_end_a_sentence()
    {
        Assert.Equal(["Mr. Smith and Phillip K. Allen met Dr. Jones today."], Sentences.Split("Mr. Smith and Phillip K. Allen met Dr. Jones today."));
    }
}
