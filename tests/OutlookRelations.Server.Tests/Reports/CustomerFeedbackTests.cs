using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Reports;
using OutlookRelations.Server.Reports.Workbook;

namespace OutlookRelations.Server.Tests.Reports;

/// <summary>Issue 19: "What customers tell us", feedback by organisation and theme, worked by hand.</summary>
public sealed class CustomerFeedbackTests
{
    private static readonly DateTimeOffset From = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly ReportPeriod Period = new(From, From.AddDays(30), TimeZoneInfo.Utc);

    private static FeedbackMention Said(string organisation, int day, string evidence, bool mayQuote = true) =>
        new(organisation, From.AddDays(day), evidence, "", mayQuote);

    [Theory]
    [InlineData("I am really frustrated with the delays.", FeedbackTheme.Annoyance)]
    [InlineData("We are disappointed with the last delivery.", FeedbackTheme.Complaint)]
    [InlineData("Thank you for the kind words.", FeedbackTheme.Praise)]
    [InlineData("The more I read and hear you should be ashamed.", FeedbackTheme.Complaint)]
    [InlineData("Some thoughts on the proposal.", FeedbackTheme.Other)]
    public void Each_theme_comes_from_the_stated_words(string evidence, FeedbackTheme theme) =>
        Assert.Equal(theme, FeedbackThemes.Of(evidence, ""));

    [Fact]
    public void Feedback_is_counted_by_organisation_and_theme_against_the_period_before_complaints_first()
    {
        var rows = CustomerFeedback.Of(
        [
            Said("Contoso", 3, "Thanks, great work on the launch."),
            Said("Contoso", 5, "We are disappointed with the invoice errors."),
            Said("Contoso", 9, "Still disappointed with support response."),
            Said("Contoso", -10, "Unhappy about the outage."),            // the period before
            Said("Tailspin", 12, "Frustrated with the portal again.", mayQuote: false), // someone else's mail, talking points not allowed
            Said("Tailspin", 40, "Thank you!"),                                // after the period: not counted
        ], Period);

        Assert.Equal(
        [
            ("Contoso", FeedbackTheme.Complaint, 2, 1, 1),
            ("Tailspin", FeedbackTheme.Annoyance, 1, 0, 1),
            ("Contoso", FeedbackTheme.Praise, 1, 0, 1),
        ], rows.Select(r => (r.Organisation, r.Theme, r.Mentions, r.MentionsBefore, r.Change)));
        Assert.Equal(["Still disappointed with support response.", "We are disappointed with the invoice errors."], rows[0].Evidence); // newest first
        Assert.Empty(rows[1].Evidence);
    }

    [Fact]
    public async Task The_sheet_lists_them_with_what_was_said_quoted_and_stays_formula_free()
    {
        var data = Data([new FeedbackRow("Contoso", FeedbackTheme.Complaint, 2, 1, ["=HYPERLINK(\"http://evil.example\")", "Late again."])]);

        var sheet = (await SpreadsheetReader.ReadAsync(EngagementWorkbook.Build(data))).Single(s => s.Name == "What customers tell us");

        var row = Assert.Single(sheet.Data);
        Assert.Equal(["Contoso", "complaint", "2", "1", "1"], row.Take(5).Select(c => c.Text));
        Assert.Equal("\u201C=HYPERLINK(\"http://evil.example\")\u201D\n\u201CLate again.\u201D", row[5].Text);
        Assert.All(row, c => Assert.NotEqual("f", c.Type));
    }

    [Fact]
    public async Task An_empty_period_says_so_on_the_sheet()
    {
        var sheet = (await SpreadsheetReader.ReadAsync(EngagementWorkbook.Build(Data([])))).Single(s => s.Name == "What customers tell us");

        Assert.Empty(sheet.Data);
        Assert.Contains(sheet.Rows[0], c => c.Text == "No customer feedback was remembered in this period.");
    }

    private static ReportData Data(IReadOnlyList<FeedbackRow> feedback)
    {
        var none = MetricTotals.Of([]);
        var total = new GroupRow("Ana", "", none, none);
        return new ReportData(new ReportSpec(ReportScope.Me, Period), "Ana", From.AddDays(31), total, [total], [], [], [], []) { Feedback = feedback };
    }

    [Fact]
    public async Task Feedback_in_synced_mail_reaches_the_sheet_and_a_colleagues_does_not()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        var domain = ana.User.Mail[(ana.User.Mail.IndexOf('@') + 1)..];
        var to = new GraphEmulator.Model.EmailAddress("Ana", ana.User.Mail);
        var carla = new GraphEmulator.Model.EmailAddress("Carla Reyes", "carla@adventure-works.example");
        var ian = new GraphEmulator.Model.EmailAddress("Ian", $"ian@{domain}");
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "fb-1", carla, to, TestClock.Origin.AddDays(-4), "Shipment", body:
    "Hi Ana,\n\nThe shipment arrived.\n\nCarla"));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "fb-2", ian, to, TestClock.Origin.AddDays(-3), "Expenses", body:
    "Ana,\n\nSee you at the offsite.\n\nIan"));
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator, settings: new Dictionary<string, string?> { ["Jobs:RunServer"] = "true" });
        var owners = await app.ImportDirectoryAsync();
        foreach (var owner in owners) await app.SyncAsync(owner);
        using var client = app.ClientAs(ana.User.Mail);
        // Remembered as the engine stores feedback (its recall on feedback is issue 16's; this tests the report's reading).
        await RememberFeedbackAsync(app, owners.Single(), carla.Address, "We are really disappointed with the delays on the last shipment.");
        await RememberFeedbackAsync(app, owners.Single(), ian.Address, "I am really disappointed with the new expense tool.");

        var report = await ReportPolling.WaitAsync(client, await ReportPolling.RequestAsync(client, new { scope = "me" }));

        var sheet = (await SpreadsheetReader.ReadAsync(await client.GetByteArrayAsync($"/api/reports/{report.GetProperty("id").GetGuid()}/file")))
            .Single(s => s.Name == "What customers tell us");
        var row = Assert.Single(sheet.Data);
        Assert.Equal(["Adventure Works", "complaint", "1"], row.Take(3).Select(c => c.Text));
        Assert.Contains("disappointed with the delays", row[5].Text, StringComparison.Ordinal);
    }

    private static Task RememberFeedbackAsync(RelationsApp app, OutlookRelations.Server.Storage.MailboxOwner owner, string email, string evidence) => app.ReadAsAsync(owner, async db =>
    {
        var contact = await db.Contacts.SingleAsync(c => c.Email == email);
        var at = TestClock.Origin.AddDays(-3);
        db.ContactDetails.Add(new OutlookRelations.Server.Storage.ContactDetail
        {
            TenantId = owner.TenantId, OwnerId = owner.Id, ContactId = contact.Id, Kind = OutlookRelations.Memory.Extraction.ArtifactKind.Feedback, Summary = "complaint",
            Evidence = evidence, Confidence = 0.75, FirstMentionedAt = at, LastMentionedAt = at, SourceMessageId = $"<{Guid.NewGuid():N}@test>", UpdatedAt = at,
        });
        return await db.SaveChangesAsync();
    });
}
