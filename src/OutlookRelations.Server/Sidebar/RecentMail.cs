using System.Data.Common;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sidebar;

/// <summary>
/// One of a contact's most recent messages, newest first, with the role they had on it. For a recent
/// message from them, also the owner's latest reply in its thread (to anyone), if any, and how many
/// people it went to besides the owner (the sender among them): a broadcast awaits no reply.
/// </summary>
internal sealed record RecentMail(long Id, string Subject, string ConversationId, DateTimeOffset SentAt, bool Outgoing, ParticipantRole Role, string? Question,
    DateTimeOffset? LastReplyAt, int? People = null)
{
    /// <summary>
    /// Enough for three threads, and for the threads awaiting a reply among someone's latest
    /// twenty-five messages (a month's worth for nearly everyone).
    /// </summary>
    public const int PerContact = 25;

    public string Thread => ConversationId.Length > 0 ? ConversationId : Subject;

    /// <summary>
    /// The latest <see cref="PerContact"/> messages of the contact at each address
    /// (<see cref="CardSql.LatestParticipations"/>), so a contact with years of mail costs no more
    /// than one with a week's. Hand-written because EF ranks every participant row (ROW_NUMBER over
    /// the whole table) before it filters.
    /// The owner's last reply is looked up in the same statement, and only for recent messages from
    /// them, so awaiting-reply costs no statement of its own; a reply may leave them off Cc, so it is
    /// any outgoing message in the thread, the owner's only. Those messages' people are counted in the
    /// same way, from the (InteractionId, ContactId, Role) key.
    /// </summary>
    internal static string Sql(int addresses) => $$"""
        SELECT r."ContactId", i."Id", i."Subject", i."ConversationId", i."SentAt", i."Direction", r."Role", i."Question",
               CASE WHEN i."Direction" = {{(int)Direction.Incoming}} AND r."Role" = {{(int)ParticipantRole.From}} AND i."SentAt" >= @{{CardSql.RepliesFrom}}
                    THEN (SELECT MAX(o."SentAt") FROM "Interactions" AS o
                          WHERE o."OwnerId" = i."OwnerId" AND o."ConversationId" = i."ConversationId" AND o."Direction" = {{(int)Direction.Outgoing}})
               END AS "LastReplyAt",
               CASE WHEN i."Direction" = {{(int)Direction.Incoming}} AND r."Role" = {{(int)ParticipantRole.From}} AND i."SentAt" >= @{{CardSql.RepliesFrom}}
                    THEN (SELECT COUNT(DISTINCT q."ContactId") FROM "InteractionParticipants" AS q WHERE q."InteractionId" = i."Id")
               END AS "People"
        FROM {{CardSql.LatestParticipations(addresses, PerContact, lastYear: false)}}
        INNER JOIN "Interactions" AS i ON i."Id" = r."InteractionId"
        """;

    /// <summary>Reads <see cref="Sql"/>'s rows (see <see cref="StoredColumns"/>).</summary>
    public static async Task<ILookup<long, RecentMail>> ReadAsync(DbDataReader reader, CancellationToken ct)
    {
        var rows = new List<(long ContactId, RecentMail Mail)>();
        while (await reader.ReadAsync(ct))
            rows.Add((reader.GetInt64(0), new RecentMail(reader.GetInt64(1), reader.GetString(2), reader.GetString(3),
                reader.GetTime(4), reader.GetInt32(5) == (int)Direction.Outgoing,
                (ParticipantRole)reader.GetInt32(6), reader.GetTextOrNull(7), reader.GetTimeOrNull(8), reader.GetCountOrNull(9))));
        // A person can be on one message twice (To and Cc): keep the message once, with their most telling role.
        return rows.OrderByDescending(r => r.Mail.SentAt).ThenBy(r => r.Mail.Role).DistinctBy(r => (r.ContactId, r.Mail.Id))
            .ToLookup(r => r.ContactId, r => r.Mail);
    }
}
