using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
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
    IReadOnlyDictionary<long, YearOfContact> LastYear, TimeZoneInfo Zone, IReadOnlyDictionary<string, IReadOnlyList<WarmPaths.WarmPath>> WarmPaths,
    IReadOnlyList<NewsRows.Row> News)
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
        var (contacts, details) = await ContactsWithDetails.ReadAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var recent = await RecentMail.ReadAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var meetings = await UpcomingMeetings.ReadAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var leaders = await OrganisationLeaders.ReadAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var lastYear = await ContactRhythm.ReadAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var zone = await OwnerTimeZoneRow.ReadAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var warmPaths = await WarmPathRows.ReadAsync(reader, now, ct);
        await reader.NextResultAsync(ct);
        var news = await NewsRows.ReadAsync(reader, ct);
        return new CardData(contacts, details, recent, meetings, leaders, lastYear, zone, warmPaths, news);
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
        Add(NewsRows.Since, now.AddDays(-Serendipity.NewsConnections.RecentDays).UtcTicks);
        for (var i = 0; i < addresses.Count; i++) Add(CardSql.Email(i), addresses[i]);
        return (builder.Build(), values);
    }
}
