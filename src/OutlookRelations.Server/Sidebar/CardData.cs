using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Remembering;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sidebar;

/// <summary>
/// Everything a lookup reads from the database, in one round trip (see <see cref="CardSql"/>): the
/// contacts at the addresses asked, what is remembered of them, their recent mail, upcoming meetings
/// and the strongest people at their organisations. Read by hand from one reader with several result
/// sets; the command still goes through EF, so its logging, diagnostics and interceptors see it.
/// </summary>
internal sealed record CardData(
    IReadOnlyDictionary<string, Contact> Contacts, ILookup<long, ContactDetail> Details, ILookup<long, RecentMail> Recent,
    IReadOnlyDictionary<long, MeetingView> NextMeetings, IReadOnlyList<OrganisationLeaders> Leaders,
    IReadOnlyDictionary<long, PairHistory> LastYear, TimeZoneInfo Zone)
{
    // The statements depend only on how many addresses are asked, not on the provider: built once per count.
    private static readonly string?[] Statements = new string?[RecipientList.MaxRecipients + 1];

    public static async Task<CardData> LoadAsync(RelationsDbContext db, IReadOnlyList<string> addresses, DateTimeOffset now, CancellationToken ct)
    {
        var sql = Statements[addresses.Count] ??= CardSql.For(addresses.Count);
        var (command, values) = Command(db, sql, addresses, now);
        await using var result = await command.ExecuteReaderAsync(new RelationalCommandParameterObject(
            db.GetService<IRelationalConnection>(), values, readerColumns: null, db, db.GetService<IRelationalCommandDiagnosticsLogger>()), ct);
        var reader = result.DbDataReader;
        var (contacts, details) = await ReadContactsAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var recent = await RecentMail.ReadAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var meetings = await ReadNextMeetingsAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var leaders = await OrganisationLeaders.ReadAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var lastYear = await ContactRhythm.ReadAsync(reader, db.Scope.OwnerId, ct);
        await reader.NextResultAsync(ct);
        var zone = await reader.ReadAsync(ct) ? OwnerZone.Of(reader.GetTextOrNull(0)) : TimeZoneInfo.Utc;
        return new CardData(contacts, details, recent, meetings, leaders, lastYear, zone);
    }

    private static (IRelationalCommand Command, Dictionary<string, object?> Values) Command(
        RelationsDbContext db, string sql, IReadOnlyList<string> addresses, DateTimeOffset now)
    {
        var builder = db.GetService<IRelationalCommandBuilderFactory>().Create().Append(sql);
        var types = db.GetService<IRelationalTypeMappingSource>();
        var values = new Dictionary<string, object?>(addresses.Count + 4);
        // Each value with the type mapping EF stores it with (a Guid is TEXT on SQLite, uuid on PostgreSQL).
        void Add<T>(string name, T value)
        {
            builder.AddParameter(name, "@" + name, types.FindMapping(typeof(T))!, nullable: false);
            values[name] = value;
        }
        Add(CardSql.Tenant, db.Scope.TenantId);
        Add(CardSql.Owner, db.Scope.OwnerId);
        Add(CardSql.RepliesFrom, now.AddDays(-CardSections.AwaitingWithinDays).UtcTicks);
        Add(CardSql.Now, now.UtcTicks);
        Add(CardSql.Since, (now - Cadence.Window).UtcTicks);
        for (var i = 0; i < addresses.Count; i++) Add(CardSql.Email(i), addresses[i]);
        return (builder.Build(), values);
    }

    // One row per contact and detail (a contact without details comes once, with the detail's columns null).
    private static async Task<(Dictionary<string, Contact>, ILookup<long, ContactDetail>)> ReadContactsAsync(DbDataReader reader, CancellationToken ct)
    {
        var contacts = new Dictionary<string, Contact>();
        var details = new List<ContactDetail>();
        while (await reader.ReadAsync(ct))
        {
            var email = reader.GetString(1);
            if (!contacts.ContainsKey(email)) contacts[email] = ReadContact(reader, email);
            if (!reader.IsDBNull(12)) details.Add(ReadDetail(reader, contactId: reader.GetInt64(0)));
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
        Id = r.GetInt64(12), ContactId = contactId, Kind = r.GetTextOrNull(13) is { } kind ? Enum.Parse<ArtifactKind>(kind) : null,
        Origin = (DetailOrigin)r.GetInt32(14), IsOwnersPromise = r.GetBoolean(15), Summary = r.GetString(16), Evidence = r.GetString(17),
        Date = r.IsDBNull(18) ? null : r.GetFieldValue<DateOnly>(18), Confidence = r.GetDouble(19), Sensitive = r.GetBoolean(20),
        Mentions = r.GetInt32(21), LastMentionedAt = r.GetTime(22),
        SourceMessageId = r.GetString(23), SourceWebLink = r.GetTextOrNull(24), Status = (DetailStatus)r.GetInt32(25),
        FirstMentionedAt = r.GetTime(26),
    };

    // Every upcoming meeting with them; the card shows the first.
    private static async Task<Dictionary<long, MeetingView>> ReadNextMeetingsAsync(DbDataReader reader, CancellationToken ct)
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
