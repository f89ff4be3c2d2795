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
    public void Brought_forward_every_mailbox_moves_by_the_same_whole_weeks_and_the_newest_lands_in_the_past_week()
    {
        // Tuesday 3 April 2001 is the newest message of the two mailboxes.
        Write("smith-j/sent/1.", "Message-ID: <s1@x>\nDate: Mon, 2 Apr 2001 09:00:00 -0700\nFrom: john.smith@enron.com\nTo: ana@contoso.com\nSubject: Lunch\n\nSee you Monday.\n");
        Write("jones-a/inbox/1.", "Message-ID: <i1@x>\nDate: Tue, 3 Apr 2001 08:00:00 -0700\nFrom: ana@contoso.com\nTo: amy.jones@enron.com\nSubject: Hi\n\nx\n");
        var now = new DateTimeOffset(2026, 12, 2, 21, 0, 0, TimeSpan.Zero); // a Wednesday

        var mailboxes = MaildirLoader.LoadAll(new EmulatorStore(), _root, bringForwardTo: now);

        var received = Assert.Single(mailboxes.Single(m => m.User.Mail != "john.smith@enron.com").Inbox.Live()).SentDateTime;
        var sent = Assert.Single(mailboxes.Single(m => m.User.Mail == "john.smith@enron.com").SentItems.Live()).SentDateTime;
        Assert.InRange(now - received, TimeSpan.Zero, TimeSpan.FromDays(7));
        Assert.Equal(DayOfWeek.Tuesday, received.DayOfWeek);
        Assert.Equal(DayOfWeek.Monday, sent.DayOfWeek);
        Assert.Equal(received - new DateTimeOffset(2001, 4, 3, 15, 0, 0, TimeSpan.Zero), sent - new DateTimeOffset(2001, 4, 2, 16, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Weeks_forward_is_never_backwards_and_zero_for_mail_from_this_week()
    {
        var now = new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.Zero, MaildirLoader.WeeksForward([now.AddDays(-3)], now));
        Assert.Equal(TimeSpan.Zero, MaildirLoader.WeeksForward([now.AddDays(30)], now));
        Assert.Equal(TimeSpan.Zero, MaildirLoader.WeeksForward([], now));
        Assert.Equal(TimeSpan.FromDays(14), MaildirLoader.WeeksForward([now.AddDays(-20), now.AddDays(-300)], now));
    }

    [Fact]
    public void Every_maildir_folder_is_a_mail_folder_and_copies_of_one_message_share_its_internetMessageId()
    {
        const string note = "Date: Mon, 2 Apr 2001 09:00:00 -0700\nFrom: john.smith@enron.com\nTo: ana@contoso.com\nSubject: Lunch\n\nSee you at noon.\n";
        Write("smith-j/sent/1.", "Message-ID: <a.1@thyme>\n" + note);
        Write("smith-j/all_documents/7.", "Message-ID: <a.2@thyme>\n" + note);
        Write("smith-j/notes_inbox/1.", "Message-ID: <n1@x>\nDate: Tue, 3 Apr 2001 08:00:00 -0700\nFrom: ana@contoso.com\nTo: john.smith@enron.com\nSubject: RE: Lunch\n\nYes.\n");
        Write("smith-j/deleted_items/1.", "Message-ID: <d1@x>\nDate: Tue, 3 Apr 2001 08:00:00 -0700\nFrom: a@b.com\nTo: john.smith@enron.com\nSubject: old\n\nx\n");
        Write("smith-j/junk_e_mail/1.", "Message-ID: <j1@x>\nDate: Tue, 3 Apr 2001 08:00:00 -0700\nFrom: spam@b.com\nTo: john.smith@enron.com\nSubject: win\n\nx\n");
        Write("smith-j/projects/gas/1.", "Message-ID: <p1@x>\nDate: Tue, 3 Apr 2001 08:00:00 -0700\nFrom: ben@contoso.com\nTo: john.smith@enron.com\nSubject: gas\n\nx\n");
        Write("smith-j/calendar/1.", "Message-ID: <c1@x>\nDate: Tue, 3 Apr 2001 08:00:00 -0700\nFrom: ben@contoso.com\nSubject: a meeting export\n\nx\n");

        var mailbox = MaildirLoader.LoadAll(new EmulatorStore(), _root).Single();

        Assert.Equal("<n1@x>", Assert.Single(mailbox.Inbox.Live()).InternetMessageId);
        Assert.Equal("<d1@x>", Assert.Single(mailbox.DeletedItems.Live()).InternetMessageId);
        Assert.Equal("<j1@x>", Assert.Single(mailbox.Folder("junkemail")!.Live()).InternetMessageId);
        var projects = Assert.Single(mailbox.Folders.Live(), f => f.DisplayName == "projects");
        Assert.Equal(mailbox.RootId, projects.ParentFolderId);
        var gas = Assert.Single(mailbox.ChildFolders(projects.Id, includeHidden: false));
        Assert.Equal("<p1@x>", Assert.Single(mailbox.Folder(gas.Id)!.Live()).InternetMessageId);
        Assert.DoesNotContain(mailbox.Folders.Live(), f => f.DisplayName == "calendar");
        // all_documents holds a second file of the sent note: one message, filed twice.
        var filed = Assert.Single(mailbox.Folder(Assert.Single(mailbox.Folders.Live(), f => f.DisplayName == "all_documents").Id)!.Live());
        Assert.Equal(Assert.Single(mailbox.SentItems.Live()).InternetMessageId, filed.InternetMessageId);
        // Junk is not correspondence; the sent note counts once.
        Assert.Equal([filed.InternetMessageId, "<d1@x>", "<n1@x>", "<p1@x>"], mailbox.DistinctInternetMessageIds().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_owner_has_every_address_they_send_from_and_the_exports_names_become_display_names()
    {
        Write("allen-p/sent/1.", "Message-ID: <1@x>\nDate: Mon, 2 Apr 2001 09:00:00 -0700\nFrom: phillip.allen@enron.com\nTo: ina.rangel@enron.com, pallen@enron.com\nSubject: a\nX-From: Phillip K Allen\nX-To: Ina Rangel, pallen@enron.com\n\nx\n");
        Write("allen-p/sent/2.", "Message-ID: <2@x>\nDate: Mon, 2 Apr 2001 10:00:00 -0700\nFrom: phillip.allen@enron.com\nTo: jsmith@austintx.com\nSubject: b\nX-From: Phillip K Allen\nX-To: jsmith@austintx.com\n\nx\n");
        Write("allen-p/sent_items/1.", "Message-ID: <3@x>\nDate: Mon, 2 Apr 2001 11:00:00 -0700\nFrom: k..allen@enron.com\nTo: ina.rangel@enron.com, mike.grigsby@enron.com\nSubject: c\nX-From: Allen, Phillip K. </O=ENRON/OU=NA/CN=RECIPIENTS/CN=PALLEN>\nX-To: Rangel, Ina </O=ENRON/OU=NA/CN=RECIPIENTS/CN=Irangel>, Grigsby, Mike </O=ENRON/OU=NA/CN=RECIPIENTS/CN=Mgrigsby>\n\nx\n");
        // His assistant sent one from his mailbox: she is not him.
        Write("allen-p/sent_items/2.", "Message-ID: <4@x>\nDate: Mon, 2 Apr 2001 12:00:00 -0700\nFrom: ina.rangel@enron.com\nTo: k..allen@enron.com\nSubject: d\nX-From: Rangel, Ina </O=ENRON/OU=NA/CN=RECIPIENTS/CN=IRANGEL>\nX-To: Allen, Phillip K. </O=ENRON/OU=NA/CN=RECIPIENTS/CN=Pallen>\n\nx\n");

        var mailbox = MaildirLoader.LoadAll(new EmulatorStore(), _root).Single();

        Assert.Equal("phillip.allen@enron.com", mailbox.User.Mail);
        Assert.Equal("Phillip K Allen", mailbox.User.DisplayName);
        Assert.Equal(["SMTP:phillip.allen@enron.com", "smtp:k..allen@enron.com", "smtp:pallen@enron.com"], mailbox.User.ProxyAddresses);
        var fromAlias = mailbox.SentItems.Live().Single(m => m.Subject == "c");
        Assert.Equal("Phillip K. Allen", fromAlias.From.Name);
        Assert.Equal(["Ina Rangel", "Mike Grigsby"], fromAlias.To.Select(t => t.Name));
        var first = mailbox.SentItems.Live().Single(m => m.Subject == "a");
        Assert.Equal("Ina Rangel", first.To[0].Name);
    }

    [Fact]
    public void Recipients_written_against_the_rules_are_still_recipients_as_Exchange_shows_them()
    {
        Write("smith-j/sent/1.", "Message-ID: <1@x>\nDate: Mon, 2 Apr 2001 09:00:00 -0700\nFrom: john.smith@enron.com\nTo: ana@contoso.com, houston <.ward@enron.com>, '@enron.com\nCc: 'cordell@enron.com\nSubject: a\n\nx\n");

        var message = Assert.Single(MaildirLoader.LoadAll(new EmulatorStore(), _root).Single().SentItems.Live());

        Assert.Equal(["ana@contoso.com", ".ward@enron.com"], message.To.Select(t => t.Address));
        Assert.Equal(["'cordell@enron.com"], message.Cc.Select(t => t.Address));
    }

    [Fact]
    public void A_subject_folded_onto_two_lines_is_the_same_conversation_as_its_reply()
    {
        Assert.Equal(RfcMessageReader.ConversationIdFor("Deed - Lakeline\tApts."), RfcMessageReader.ConversationIdFor("RE: Deed - Lakeline Apts."));
    }

    [Fact]
    public void Replies_and_forwards_share_a_conversation_with_their_original()
    {
        Assert.Equal(RfcMessageReader.ConversationIdFor("Gas prices"), RfcMessageReader.ConversationIdFor("RE: FW: gas prices"));
        Assert.NotEqual(RfcMessageReader.ConversationIdFor("Gas prices"), RfcMessageReader.ConversationIdFor("Power prices"));
    }
}
