using OutlookRelations.Memory.Dates;

namespace OutlookRelations.Memory.Tests;

public sealed class DateResolverTests
{
    // Wednesday 4 April 2001, 09:30 in Houston (UTC-5): dates are the writer's local dates.
    [Theory]
    [InlineData("I will talk to you tomorrow.", "2001-04-05")]
    [InlineData("See you today.", "2001-04-04")]
    [InlineData("I saw him yesterday.", "2001-04-03")]
    [InlineData("I'll be there this Thursday.", "2001-04-05")]
    [InlineData("Let's meet on Monday.", "2001-04-09")]
    [InlineData("next Friday works", "2001-04-13")]
    [InlineData("next Tuesday works", "2001-04-10")]
    [InlineData("I was in Austin this past weekend.", "2001-03-31")]
    [InlineData("Staff meeting on Monday, April 9 as I'll be on vacation.", "2001-04-09")]
    [InlineData("My birthday is March 3rd.", "2001-03-03")]
    [InlineData("The wedding moved to Sep 22, 2001.", "2001-09-22")]
    [InlineData("We land on 22 December.", "2000-12-22")]
    [InlineData("I'm on vacation the 21st through the 23d.", "2001-04-21")]
    [InlineData("Back on 4/16.", "2001-04-16")]
    [InlineData("Closing 1/5/02.", "2002-01-05")]
    public void Resolves_the_first_stated_date_against_the_sent_time(string sentence, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateResolver.Resolve(sentence, Mail.Sent));

    [Theory]
    [InlineData("We are moving next month.")]
    [InlineData("It may be late.")]
    [InlineData("The price was 13/45.")]
    public void Says_nothing_when_no_date_is_stated(string sentence) => Assert.Null(DateResolver.Resolve(sentence, Mail.Sent));

    [Theory]
    [InlineData("The party is Monday, October 26.", "1998-10-26")]
    [InlineData("Dinner on Friday 10/30 at our place.", "1998-10-30")]
    [InlineData("See you Saturday the 24th of October.", "1998-10-24")]
    public void A_stated_date_beats_the_weekday_before_it(string sentence, string expected)
    {
        var mondayNineteenth = new DateTimeOffset(1998, 10, 19, 9, 0, 0, TimeSpan.FromHours(-6));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateResolver.Resolve(sentence, mondayNineteenth));
    }

    [Fact]
    public void A_message_without_a_date_resolves_nothing() => Assert.Null(DateResolver.Resolve("tomorrow", DateTimeOffset.MinValue));
}
