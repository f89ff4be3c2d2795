using OutlookRelations.GraphEmulator.Sources;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Tests;

public sealed class MaildirLoaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("maildir-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\r\n"));
    }

    [Fact]
    public void Mapped_folders_become_Inbox_and_Sent_Items_and_unreadable_files_are_reported()
    {
        Write("smith-j/sent/1.", "Message-ID: <s1@x>\nDate: Mon, 2 Apr 2001 09:00:00 -0700\nFrom: john.smith@enron.com\nTo: ana@contoso.com\nSubject: Lunch\n\nSee you at noon.\n");
        Write("smith-j/_sent_mail/1.", "Message-ID: <s2@x>\nDate: Mon, 2 Apr 2001 10:00:00 -0700\nFrom: \"John Smith\" <john.smith@enron.com>\nTo: ben@contoso.com\nSubject: RE: Deal\n\nDone.\n");
        Write("smith-j/inbox/1.", "Message-ID: <i1@x>\nDate: Tue, 3 Apr 2001 08:00:00 -0700\nFrom: legal <.hall@enron.com>\nTo: john.smith@enron.com\nSubject: Notice\nContent-Type: text/html\n\n<p>Hello <b>John</b></p>\n");
        Write("smith-j/inbox/2.", "this is not a message at all");
        Write("smith-j/deleted_items/1.", "Message-ID: <d1@x>\nFrom: a@b.com\nTo: john.smith@enron.com\nSubject: ignored\n\nx\n");
        var skipped = new List<string>();

        var mailbox = MaildirLoader.LoadAll(new EmulatorStore(), _root, skipped).Single();

        Assert.Equal("john.smith@enron.com", mailbox.User.Mail);
        Assert.Equal("John Smith", mailbox.User.DisplayName);
        Assert.Equal(2, mailbox.SentItems.Count);
        var inbox = Assert.Single(mailbox.Inbox.Live());
        Assert.Equal(".hall@enron.com", inbox.From.Address);
        Assert.Equal("html", inbox.BodyContentType);
        Assert.Equal("<i1@x>", inbox.InternetMessageId);
        Assert.Equal(new DateTimeOffset(2001, 4, 3, 15, 0, 0, TimeSpan.Zero), inbox.SentDateTime);
        Assert.EndsWith(Path.Combine("inbox", "2."), Assert.Single(skipped), StringComparison.Ordinal);
    }

    [Fact]
    public void Replies_and_forwards_share_a_conversation_with_their_original()
    {
        Assert.Equal(RfcMessageReader.ConversationIdFor("Gas prices"), RfcMessageReader.ConversationIdFor("RE: FW: gas prices"));
        Assert.NotEqual(RfcMessageReader.ConversationIdFor("Gas prices"), RfcMessageReader.ConversationIdFor("Power prices"));
    }
}
