using System.Data.Common;

namespace OutlookRelations.Server.Sidebar;

/// <summary>Each recipient's next meeting, read with the statement that finds it.</summary>
internal static class UpcomingMeetings
{
    // Driven from their contacts, so it reads their attendances, not every meeting the owner has had.
    // SQLite joins CROSS JOINs in the order written (a planner with no statistics, or statistics taken
    // before the calendar filled, would start from the owner's meetings); PostgreSQL plans them freely.
    internal static string Sql(int addresses) => $"""
        SELECT a."ContactId", m."Subject", m."StartAt", m."EndAt"
        FROM "Contacts" AS k
        CROSS JOIN "MeetingAttendees" AS a
        CROSS JOIN "Meetings" AS m
        WHERE {CardSql.Mine("k")} AND k."Email" IN ({CardSql.EmailList(addresses)})
          AND a."ContactId" = k."Id" AND m."Id" = a."MeetingId"
          AND {CardSql.Mine("m")} AND NOT m."IsCancelled" AND m."StartAt" > @{CardSql.Now}
        """;

    /// <summary>Reads <see cref="Sql"/>'s rows: every upcoming meeting with them, of which the card shows the first.</summary>
    public static async Task<Dictionary<long, MeetingView>> ReadAsync(DbDataReader reader, CancellationToken ct)
    {
        var next = new Dictionary<long, MeetingView>();
        while (await reader.ReadAsync(ct))
        {
            var meeting = new MeetingView(reader.GetString(1), reader.GetTime(2), reader.GetTime(3));
            var contactId = reader.GetInt64(0);
            if (!next.TryGetValue(contactId, out var known) || meeting.StartAt < known.StartAt) next[contactId] = meeting;
        }
        return next;
    }
}
