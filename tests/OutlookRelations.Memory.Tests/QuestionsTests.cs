using OutlookRelations.Memory.Extraction;

namespace OutlookRelations.Memory.Tests;

public sealed class QuestionsTests
{
    [Theory]
    [InlineData("Thanks for the call. Could you send the signed order form? Talk soon.", "Could you send the signed order form?")]
    [InlineData("Hi Ben,\n\nHow are you? Any news on the budget approval?", "Any news on the budget approval?")]
    [InlineData("When is your team free next week?", "When is your team free next week?")]
    public void Finds_the_question_asked_of_the_reader(string body, string expected) =>
        Assert.Equal(expected, Questions.AskedIn(Mail.Message(body)));

    [Theory]
    [InlineData("How are you? Here are the numbers.")]
    [InlineData("See attached.\n\n-----Original Message-----\nCould you send the form?")]
    [InlineData("Who would have guessed?")]
    public void Ignores_greetings_quoted_questions_and_statements(string body) =>
        Assert.Null(Questions.AskedIn(Mail.Message(body)));
}
