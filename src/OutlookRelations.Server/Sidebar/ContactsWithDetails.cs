using System.Data.Common;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Remembering;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sidebar;

/// <summary>
/// The contacts at the addresses asked and, in the same rows, what is remembered of them (a left
/// join: most have no details). The statement and the code reading its columns by position live
/// here together, so a column added to one is added to the other.
/// </summary>
internal static class ContactsWithDetails
{
    // The detail's columns start after the contact's: a NULL detail id means "no details".
    private const int Detail = 12;

    internal static string Sql(int addresses) => $"""
        SELECT c."Id", c."Email", c."DisplayName", c."Organisation", c."MessagesToContact", c."MessagesFromContact", c."MeetingsTogether",
               c."FirstContactAt", c."LastContactAt", c."LastMessageToContactAt", c."StrengthLog", c."MessagesByMonth",
               d."Id", d."Kind", d."Origin", d."IsOwnersPromise", d."Summary", d."Evidence", d."Date", d."Confidence", d."Sensitive",
               d."Mentions", d."LastMentionedAt", d."SourceMessageId", d."SourceWebLink", d."Status", d."FirstMentionedAt"
        FROM "Contacts" AS c
        LEFT JOIN "ContactDetails" AS d ON d."ContactId" = c."Id" AND {CardSql.Mine("d")}
            AND d."Status" IN ({(int)DetailStatus.Active}, {(int)DetailStatus.Confirmed})
        WHERE {CardSql.Mine("c")} AND c."Email" IN ({CardSql.EmailList(addresses)})
        """;

    /// <summary>Reads <see cref="Sql"/>'s rows: one per contact and detail (a contact without details comes once).</summary>
    public static async Task<(Dictionary<string, Contact> Contacts, ILookup<long, ContactDetail> Details)> ReadAsync(DbDataReader reader, CancellationToken ct)
    {
        var contacts = new Dictionary<string, Contact>();
        var details = new List<ContactDetail>();
        while (await reader.ReadAsync(ct))
        {
            var email = reader.GetString(1);
            if (!contacts.ContainsKey(email)) contacts[email] = ReadContact(reader, email);
            if (!reader.IsDBNull(Detail)) details.Add(ReadDetail(reader, contactId: reader.GetInt64(0)));
        }
        return (contacts, details.ToLookup(d => d.ContactId));
    }

    // Only what a card shows (columns as stored: see StoredColumns).
    private static Contact ReadContact(DbDataReader r, string email) => new()
    {
        Id = r.GetInt64(0), Email = email, DisplayName = r.GetString(2), Organisation = r.GetTextOrNull(3),
        MessagesToContact = r.GetInt32(4), MessagesFromContact = r.GetInt32(5), MeetingsTogether = r.GetInt32(6),
        FirstContactAt = r.GetTimeOrNull(7), LastContactAt = r.GetTimeOrNull(8), LastMessageToContactAt = r.GetTimeOrNull(9),
        StrengthLog = r.GetDouble(10), MessagesByMonth = r.GetTextOrNull(11),
    };

    private static ContactDetail ReadDetail(DbDataReader r, long contactId) => new()
    {
        Id = r.GetInt64(Detail), ContactId = contactId, Kind = r.GetTextOrNull(Detail + 1) is { } kind ? Enum.Parse<ArtifactKind>(kind) : null,
        Origin = (DetailOrigin)r.GetInt32(Detail + 2), IsOwnersPromise = r.GetBoolean(Detail + 3), Summary = r.GetString(Detail + 4),
        Evidence = r.GetString(Detail + 5), Date = r.IsDBNull(Detail + 6) ? null : r.GetFieldValue<DateOnly>(Detail + 6),
        Confidence = r.GetDouble(Detail + 7), Sensitive = r.GetBoolean(Detail + 8), Mentions = r.GetInt32(Detail + 9),
        LastMentionedAt = r.GetTime(Detail + 10), SourceMessageId = r.GetString(Detail + 11), SourceWebLink = r.GetTextOrNull(Detail + 12),
        Status = (DetailStatus)r.GetInt32(Detail + 13), FirstMentionedAt = r.GetTime(Detail + 14),
    };
}
