using OutlookRelations.Memory.Cleaning;

namespace OutlookRelations.Memory.Tests.Cleaning;

public sealed class AuthoredTextTests
{
    [Theory]
    [InlineData("Sounds good.\n\n-----Original Message-----\nFrom: Ben\nSent: Monday\n\nMy daughter graduates.")]
    [InlineData("Sounds good.\n\nOn Tue, Apr 3, 2001 at 9:00 AM, Ben Carter <ben@x.com> wrote:\n> My daughter graduates.")]
    [InlineData("Sounds good.\n\nOn Tue, Apr 3, 2001 at 9:00 AM, Ben Carter\n<ben@x.com> wrote:\n> My daughter graduates.")]
    [InlineData("Sounds good.\n---------------------- Forwarded by Ana Lopez/HOU/ECT on 04/03/2001 09:00 AM ---------------------------\nMy daughter graduates.")]
    [InlineData("Sounds good.\n\nBen Carter\n04/03/2001 09:00 AM\nTo: Ana Lopez/HOU/ECT@ECT\ncc:\nSubject: News\n\nMy daughter graduates.")]
    [InlineData("Sounds good.\n\n\"Ben Carter\" <ben@x.com> on 04/03/2001 09:00:12 AM\nMy daughter graduates.")]
    [InlineData("Sounds good.\n\nFrom: Ben Carter [mailto:ben@x.com]\nSent: Tuesday, April 03, 2001 9:00 AM\nTo: Ana\nSubject: News\n\nMy daughter graduates.")]
    [InlineData("Sounds good.\n\n-----Ursprüngliche Nachricht-----\nVon: Ben\n\nMy daughter graduates.")]
    [InlineData("Sounds good.\n> My daughter graduates.\n> In June.")]
    public void Quoted_and_forwarded_text_is_not_the_authors(string body)
    {
        Assert.Equal("Sounds good.", AuthoredText.Extract(body));
    }

    [Fact]
    public void Signature_after_the_delimiter_and_legal_disclaimers_are_dropped()
    {
        var body = "I'll call you Friday.\n-- \nAna Lopez\nCell: 713-555-0100\n";
        Assert.Equal("I'll call you Friday.", AuthoredText.Extract(body));

        var legal = "See you there.\n\nCONFIDENTIALITY NOTICE: This e-mail is for the sole use of the intended recipient.";
        Assert.Equal("See you there.", AuthoredText.Extract(legal));
        var enron = "See you there.\n**********************************************************************\nThis e-mail is the property of Enron Corp.";
        Assert.Equal("See you there.", AuthoredText.Extract(enron));
    }

    [Fact]
    public void A_phone_number_in_a_signature_is_not_a_contact_preference()
    {
        var artifacts = Mail.Extract("Thanks for the update.\n\nThanks,\nAna Lopez\nDirector | Contoso\nCell: 713-555-0100\nhome 713-555-0199");
        Assert.Empty(artifacts);
    }

    [Fact]
    public void A_very_large_body_is_cleaned_in_linear_time()
    {
        var body = "My daughter graduates on June 3rd.\n" + string.Concat(Enumerable.Repeat("Line of filler text without markers.\n", 150_000));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var text = AuthoredText.Extract(body);
        Assert.StartsWith("My daughter graduates", text, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }
}
