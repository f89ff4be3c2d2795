using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Messages;

namespace OutlookRelations.Memory.Tests.Gate;

/// <summary>The envelope-only judgement engagement figures use: is the sender a person at all?</summary>
public sealed class SenderGateTests
{
    private static MailMessage From(string address, params (string Name, string Value)[] headers) =>
        Mail.Message("Click here to unsubscribe. All rights reserved.") with
        {
            From = new Participant(address, ""),
            Headers = headers.ToDictionary(h => h.Name, h => h.Value),
        };

    [Theory]
    [InlineData("noreply@club.example")]
    [InlineData("enron.announcements@enron.com")]
    [InlineData("outage.notifications@enron.com")]
    public void Role_and_no_reply_senders_are_not_people(string address) =>
        Assert.True(MessageGate.JudgeSender(From(address)).IsBulk);

    [Fact]
    public void Newsletters_notifications_and_lists_writing_as_themselves_are_not_people()
    {
        Assert.True(MessageGate.JudgeSender(From("editor@wine.example", ("list-unsubscribe", "<mailto:leave@wine.example>"))).IsBulk);
        Assert.True(MessageGate.JudgeSender(From("ops@grid.example", ("precedence", "bulk"))).IsBulk);
        Assert.True(MessageGate.JudgeSender(From("build@ci.example", ("auto-submitted", "auto-generated"))).IsBulk);
        Assert.True(MessageGate.JudgeSender(From("traders@lists.example", ("list-id", "<traders.lists.example>"), ("list-post", "<mailto:traders@lists.example>"))).IsBulk);
    }

    [Fact]
    public void A_person_writing_through_a_list_and_bulk_words_in_a_persons_mail_leave_them_a_person()
    {
        var throughList = From("ana@contoso.example", ("list-id", "<traders.lists.example>"), ("list-post", "<mailto:traders@lists.example>"),
            ("list-unsubscribe", "<mailto:leave@lists.example>"), ("precedence", "list"));
        Assert.False(MessageGate.JudgeSender(throughList).IsBulk);
        Assert.False(MessageGate.JudgeSender(From("ana@contoso.example")).IsBulk);
        Assert.False(MessageGate.JudgeSender(From("ana@contoso.example", ("auto-submitted", "auto-replied"))).IsBulk);
    }
}
