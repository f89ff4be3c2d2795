using OutlookRelations.Memory.Cleaning;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Messages;

namespace OutlookRelations.Memory.Tests.Gate;

public sealed class MessageGateTests
{
    private static GateVerdict Judge(MailMessage message) => MessageGate.Judge(AuthoredMessage.Read(message));

    [Theory]
    [InlineData("list-id", "<club.lists.example>")]
    [InlineData("list-unsubscribe", "<mailto:leave@lists.example>")]
    [InlineData("precedence", "bulk")]
    [InlineData("precedence", "list")]
    [InlineData("auto-submitted", "auto-generated")]
    public void List_and_bulk_headers_turn_a_message_away(string header, string value)
    {
        var message = Mail.Message("My daughter Ella has her recital on Friday.") with { Headers = new Dictionary<string, string> { [header] = value } };
        var verdict = Judge(message);
        Assert.True(verdict.IsBulk);
        Assert.Contains(header, verdict.Reason, StringComparison.Ordinal);
        Assert.Empty(new ArtifactExtractor().Extract(message));
    }

    [Fact]
    public void An_out_of_office_reply_is_read_it_can_say_the_person_is_away()
    {
        var message = Mail.Message("I am on vacation in Cabo until Monday.") with { Headers = new Dictionary<string, string> { ["auto-submitted"] = "auto-replied" } };
        Assert.False(Judge(message).IsBulk);
    }

    [Theory]
    [InlineData("enron.announcements@enron.com")]
    [InlineData("noreply@club.example")]
    [InlineData("newsletter@wine.example")]
    [InlineData("outage.notifications@enron.com")]
    public void Role_and_list_senders_are_bulk(string sender)
    {
        var message = Mail.Message("Our shoulder surgery update: the player is out for the season.") with { From = new(sender, "") };
        Assert.True(Judge(message).IsBulk);
    }

    [Theory]
    [InlineData("To stop receiving these, click here.")]
    [InlineData("Part 2 of 3 of the weekly market wrap.")]
    [InlineData("Copyright 2001 Example Corp. All rights reserved.")]
    [InlineData("You are receiving this because you signed up.")]
    public void Bulk_mail_wording_is_bulk(string line) =>
        Assert.True(Judge(Mail.Message("Big savings on ski trips this season.\n\n" + line)).IsBulk);

    [Fact]
    public void A_person_writing_their_own_news_to_a_group_is_read()
    {
        // The guide labels a manager telling the team the floor moves, and a farewell note.
        var toList = Mail.Message("We are moving to the 6th floor next Monday. I'll send the seating chart tomorrow.", to: "dl-west-desk@enron.com");
        Assert.False(Judge(toList).IsBulk);
        var blindCopied = Mail.Message("Today is my last day at Enron; I've joined Dynegy.", to: null);
        Assert.False(Judge(blindCopied).IsBulk);
    }

    [Fact]
    public void Mime_reader_keeps_the_list_headers_the_gate_reads()
    {
        var message = Mail.Parse("""
            From: Wine Club <club@wine.example>
            To: ben@fabrikam.example
            Subject: This month's picks
            List-Unsubscribe: <mailto:leave@wine.example>
            Precedence: bulk
            Message-ID: <1@wine.example>

            Our picks for your next trip.
            """);
        Assert.Equal("bulk", message.Headers["precedence"]);
        Assert.True(message.Headers.ContainsKey("list-unsubscribe"));
        Assert.True(Judge(message).IsBulk);
    }
}
