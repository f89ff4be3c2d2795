using System.Text.RegularExpressions;
using OutlookRelations.Server.Sidebar;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Sidebar;

/// <summary>
/// How SQLite answers the sidebar's statements. Plans, not timings: at a million messages, every row
/// read beyond the few a card shows was measurable in the sidebar-load benchmark.
/// </summary>
public sealed partial class CardSqlPlanTests
{
    [Fact]
    public async Task Latest_messages_per_contact_come_from_a_covering_index_then_one_seek_per_message()
    {
        var plan = await PlanAsync(RecentMail.Sql(3));

        // Every recipient in one statement: their contacts by (OwnerId, Email), then per contact a short
        // read from the newest end of the covering index for where its latest 25 begin, and one range read from there.
        Assert.Equal("SEARCH k USING INDEX IX_Contacts_OwnerId_Email (OwnerId=? AND Email=?)", plan[0]);
        Assert.Equal("SEARCH r USING COVERING INDEX IX_InteractionParticipants_ContactId_SentAt_InteractionId_Role (ContactId=? AND SentAt>?)", plan[1]);
        Assert.Equal("SEARCH q USING COVERING INDEX IX_InteractionParticipants_ContactId_SentAt_InteractionId_Role (ContactId=?)", plan[3]);
        Assert.Equal(1, plan.Count(step => step.StartsWith("SEARCH i USING INTEGER PRIMARY KEY", StringComparison.Ordinal)));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal) || step.StartsWith("SCAN", StringComparison.Ordinal));
        // The owner's last reply in the thread: by the (OwnerId, ConversationId) index, not a scan.
        Assert.All(plan.Where(step => step.Contains(" o ", StringComparison.Ordinal)), step => Assert.StartsWith("SEARCH o USING INDEX IX_Interactions_OwnerId_ConversationId", step));
        Assert.Contains(plan, step => step.StartsWith("SEARCH o ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_strongest_people_at_an_organisation_are_read_from_the_end_of_its_index_without_ranking_it_all()
    {
        var plan = await PlanAsync(OrganisationLeaders.Sql(2));

        // The recipients' organisations once each, then per organisation the strength of its fourth
        // strongest, read from the strong end of the index, bounds one range read of that index: no
        // sort of an organisation's contacts, nothing read below the strongest few.
        Assert.Equal(
        [
            "CO-ROUTINE g",
            "SEARCH k USING INDEX IX_Contacts_OwnerId_Email (OwnerId=? AND Email=?)",
            "USE TEMP B-TREE FOR DISTINCT",
            "SCAN g",
            "SEARCH o USING INDEX IX_Contacts_OwnerId_Organisation_StrengthLog (OwnerId=? AND Organisation=? AND StrengthLog>?)",
            "CORRELATED SCALAR SUBQUERY 2",
            "SEARCH x USING INDEX IX_Contacts_OwnerId_Organisation_StrengthLog (OwnerId=? AND Organisation=?)",
        ], plan);
    }

    [Fact]
    public async Task Upcoming_meetings_are_read_through_their_attendances_not_the_owners_whole_calendar()
    {
        var plan = await PlanAsync(UpcomingMeetings.Sql(2));

        Assert.Equal(
        [
            "SEARCH k USING INDEX IX_Contacts_OwnerId_Email (OwnerId=? AND Email=?)",
            "SEARCH a USING INDEX IX_MeetingAttendees_ContactId (ContactId=?)",
            "SEARCH m USING INTEGER PRIMARY KEY (rowid=?)",
        ], plan);
    }

    [Fact]
    public async Task A_years_mail_for_the_cadence_is_the_newest_range_of_each_contacts_covering_index_then_one_seek_per_message()
    {
        var plan = await PlanAsync(ContactRhythm.MailSql(2));

        // Where each contact's latest 200 of the year begin, read from the newest end of its range, bounds
        // one range read of the same index: no sort of a year's rows, nothing read past the 200.
        Assert.Equal(
        [
            "SEARCH k USING INDEX IX_Contacts_OwnerId_Email (OwnerId=? AND Email=?)",
            "SEARCH r USING COVERING INDEX IX_InteractionParticipants_ContactId_SentAt_InteractionId_Role (ContactId=? AND SentAt>? AND SentAt<?)",
            "CORRELATED SCALAR SUBQUERY 1",
            "SEARCH q USING COVERING INDEX IX_InteractionParticipants_ContactId_SentAt_InteractionId_Role (ContactId=? AND SentAt>? AND SentAt<?)",
            "SEARCH i USING INTEGER PRIMARY KEY (rowid=?)",
        ], plan);
    }

    [Fact]
    public async Task A_years_meetings_for_the_cadence_are_read_through_their_attendances()
    {
        var plan = await PlanAsync(ContactRhythm.MeetingsSql(2));

        Assert.Equal(
        [
            "SEARCH k USING INDEX IX_Contacts_OwnerId_Email (OwnerId=? AND Email=?)",
            "SEARCH a USING INDEX IX_MeetingAttendees_ContactId (ContactId=?)",
            "SEARCH m USING INTEGER PRIMARY KEY (rowid=?)",
        ], plan);
    }

    [Fact]
    public async Task Colleagues_who_know_them_are_found_by_each_colleagues_contact_index_not_a_scan_of_everyones_contacts()
    {
        var plan = await PlanAsync(WarmPathRows.Sql(2));

        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN c", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.StartsWith("SEARCH c USING INDEX IX_Contacts_OwnerId_Email (OwnerId=? AND Email=?)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Company_news_is_read_from_the_end_of_its_own_index_not_from_every_detail_the_owner_has()
    {
        var plan = await PlanAsync(NewsRows.Sql);

        Assert.Contains(plan, step => step.StartsWith("SEARCH d USING INDEX IX_ContactDetails_OwnerId_Kind_LastMentionedAt (OwnerId=? AND Kind=? AND LastMentionedAt>?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal)); // already newest first
    }

    [Fact]
    public void The_batch_is_nine_statements_whatever_the_number_of_addresses()
    {
        Assert.Equal(9, CardSql.For(1).Split(";\n").Length);
        Assert.Equal(9, CardSql.For(10).Split(";\n").Length);
        Assert.Equal(10, Parameters().Matches(CardSql.For(10)).Select(m => m.Value).Where(p => p.StartsWith("@e", StringComparison.Ordinal)).Distinct().Count());
    }

    // SQLite's plan for a statement, each of its named parameters given a value of the right kind.
    private static async Task<List<string>> PlanAsync(string sql)
    {
        await using var app = new RelationsApp(emulator: null);
        _ = app.Server;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in Parameters().Matches(sql).Select(m => m.Value).Distinct())
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = name.StartsWith("@e", StringComparison.Ordinal) ? "someone@contoso.example" : name is "@tenant" or "@owner" ? Guid.NewGuid().ToString() : 1L;
            command.Parameters.Add(parameter);
        }
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        return plan;
    }

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameters();
}
