using OutlookRelations.Server.Sidebar;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Sidebar;

/// <summary>
/// How SQLite answers the sidebar's heaviest statement. The plan, not a timing: a lookup reads each
/// recipient's latest messages from the index alone; a second lookup per row in the participants
/// table doubled the statement's cost at a million messages (sidebar-load benchmark).
/// </summary>
public sealed class RecentMailPlanTests
{
    [Fact]
    public async Task Latest_messages_per_contact_come_from_a_covering_index_then_one_seek_per_message()
    {
        await using var app = new RelationsApp(emulator: null);
        _ = app.Server;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + RecentMail.Sql(3).Replace("{0}", "@p0").Replace("{1}", "@p1").Replace("{2}", "@p2").Replace("{3}", "@p3");
        for (var i = 0; i < 4; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = i + 1L;
            command.Parameters.Add(parameter);
        }
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add(reader.GetString(3));

        var participants = plan.Where(step => step.StartsWith("SEARCH p ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, participants.Count);
        Assert.All(participants, step => Assert.Contains("USING COVERING INDEX IX_InteractionParticipants_ContactId_SentAt_InteractionId_Role", step));
        Assert.Equal(3, plan.Count(step => step.StartsWith("SEARCH i USING INTEGER PRIMARY KEY", StringComparison.Ordinal)));
        // The owner's last reply in the thread: by the (OwnerId, ConversationId) index, not a scan.
        Assert.All(plan.Where(step => step.Contains(" o ", StringComparison.Ordinal)), step => Assert.StartsWith("SEARCH o USING INDEX IX_Interactions_OwnerId_ConversationId", step));
        Assert.Contains(plan, step => step.StartsWith("SEARCH o ", StringComparison.Ordinal));
    }
}
