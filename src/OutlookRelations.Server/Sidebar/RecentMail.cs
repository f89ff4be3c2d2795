using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sidebar;

/// <summary>
/// One of a contact's most recent messages, newest first, with the role they had on it. For a recent
/// message from them, also the owner's latest reply in its thread (to anyone), if any.
/// </summary>
internal sealed record RecentMail(long Id, string Subject, string ConversationId, DateTimeOffset SentAt, bool Outgoing, ParticipantRole Role, string? Question,
    DateTimeOffset? LastReplyAt)
{
    /// <summary>
    /// Enough for three threads, and for the threads awaiting a reply among someone's latest
    /// twenty-five messages (a month's worth for nearly everyone).
    /// </summary>
    public const int PerContact = 25;

    public string Thread => ConversationId.Length > 0 ? ConversationId : Subject;

    /// <summary>
    /// The latest <see cref="PerContact"/> messages of every contact asked for, in one statement: per
    /// contact, the newest entries of the (ContactId, SentAt, …) index, so a contact with years of mail
    /// costs no more than one with a week's. Hand-written because EF ranks every participant row
    /// (ROW_NUMBER over the whole table) before it filters. The contact ids come from the
    /// owner-filtered Contacts set, so every row read is the signed-in owner's. Runs on SQLite and PostgreSQL alike.
    /// </summary>
    public static async Task<ILookup<long, RecentMail>> LoadAsync(RelationsDbContext db, IReadOnlyList<long> ids, DateTimeOffset repliesFrom, CancellationToken ct)
    {
        var rows = await db.Database.SqlQueryRaw<Row>(Sql(ids.Count), [.. ids.Cast<object>(), repliesFrom.UtcTicks]).ToListAsync(ct);
        // A person can be on one message twice (To and Cc): keep the message once, with their most telling role.
        return rows.OrderByDescending(r => r.SentAt).ThenBy(r => r.Role).DistinctBy(r => (r.ContactId, r.Id))
            .ToLookup(r => r.ContactId, r => new RecentMail(r.Id, r.Subject, r.ConversationId, UtcTicksConverter.FromTicks(r.SentAt),
                r.Direction == (int)Direction.Outgoing, (ParticipantRole)r.Role, r.Question,
                r.LastReplyAt is { } reply ? UtcTicksConverter.FromTicks(reply) : null));
    }

    /// <summary>
    /// The statement for <paramref name="contacts"/> contact ids, given as parameters {0}…{n-1}, and the
    /// time from which their messages get the owner's last reply ({n}). Each branch is answered by the
    /// covering (ContactId, SentAt, InteractionId, Role) index alone. The reply is looked up in the same
    /// statement, and only for recent messages from them, so awaiting-reply costs no round trip of its
    /// own; a reply may leave them off Cc, so it is any outgoing message in the thread, the owner's only.
    /// </summary>
    internal static string Sql(int contacts)
    {
        var latest = string.Join("\nUNION ALL\n", Enumerable.Range(0, contacts).Select(i => $$"""
            SELECT * FROM (SELECT p."ContactId", p."InteractionId", p."Role" FROM "InteractionParticipants" AS p
                           WHERE p."ContactId" = {{{i}}} ORDER BY p."SentAt" DESC LIMIT {{PerContact}}) AS c{{i}}
            """));
        return $$"""
            SELECT r."ContactId", i."Id", i."Subject", i."ConversationId", i."SentAt", i."Direction", r."Role", i."Question",
                   CASE WHEN i."Direction" = {{(int)Direction.Incoming}} AND r."Role" = {{(int)ParticipantRole.From}} AND i."SentAt" >= {{{contacts}}}
                        THEN (SELECT MAX(o."SentAt") FROM "Interactions" AS o
                              WHERE o."OwnerId" = i."OwnerId" AND o."ConversationId" = i."ConversationId" AND o."Direction" = {{(int)Direction.Outgoing}})
                   END AS "LastReplyAt"
            FROM ({{latest}}) AS r
            INNER JOIN "Interactions" AS i ON i."Id" = r."InteractionId"
            """;
    }

    // Columns as stored: times are UTC ticks (see UtcTicksConverter), enums their numbers.
    internal sealed record Row(long ContactId, long Id, string Subject, string ConversationId, long SentAt, int Direction, int Role, string? Question, long? LastReplyAt);
}
