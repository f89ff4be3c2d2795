using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using OutlookRelations.Cli.Doctor;
using OutlookRelations.GraphEmulator.Identity;

namespace OutlookRelations.Cli.Tests.Doctor;

/// <summary>`doctor`'s mail access check: the roles Entra ID put in the app's token against the mode each tenant chose.</summary>
public sealed class MailAccessTests : IDisposable
{
    private readonly EntraIssuer _entra = new(new Uri("https://login.emulator.example/"));
    private readonly string _folder = Directory.CreateTempSubdirectory("doctor-modes-").FullName;

    private string Token(params string[] roles) =>
        _entra.IssueToken(new TokenRequest("0b5c4e7a-1d2f-4a3b-8c9d-0e1f2a3b4c5d", "sp", "app", "https://graph.emulator.example") { Roles = roles }, DateTimeOffset.UtcNow);

    [Fact]
    public void Mail_Read_is_full_access_whatever_the_tenants_chose()
    {
        var finding = MailAccess.Check(Token("User.Read.All", "Mail.Read", "Calendars.Read"), new TenantModes(3, 1));
        Assert.True(finding.Ok);
        Assert.Equal("ok    mail access: full: Graph grants Mail.Read, so message text is read once for memory; 1 of 3 tenant(s) chose metadata-only mode (no message text read, nothing remembered).", finding.ToString());
    }

    [Fact]
    public void Mail_ReadBasic_suits_tenants_in_metadata_only_mode_and_names_those_that_are_not()
    {
        var basic = Token("User.Read.All", "Mail.ReadBasic.All", "Calendars.Read");

        Assert.True(MailAccess.Check(basic, new TenantModes(2, 2)).Ok);
        var mixed = MailAccess.Check(basic, new TenantModes(2, 1));
        Assert.False(mixed.Ok);
        Assert.Contains("1 tenant(s) still read message text", mixed.Detail);
        Assert.Contains("Turn on \"Metadata only\"", mixed.Fix);
        Assert.False(MailAccess.Check(basic, tenants: null).Ok);
    }

    [Fact]
    public void No_mail_permission_at_all_is_named_with_both_ways_to_fix_it()
    {
        var finding = MailAccess.Check(Token("User.Read.All"), new TenantModes(1, 0));
        Assert.False(finding.Ok);
        Assert.Contains("Mail.ReadBasic.All for metadata-only mode", finding.Fix);
    }

    [Fact]
    public void The_tenants_choices_are_read_from_the_servers_database()
    {
        var path = Path.Combine(_folder, "relations.db");
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // The two columns the check reads, as the server's migrations make them.
            command.CommandText = """
                CREATE TABLE "Tenants" ("Id" TEXT NOT NULL PRIMARY KEY);
                CREATE TABLE "TenantSettings" ("TenantId" TEXT NOT NULL PRIMARY KEY, "MetadataOnly" INTEGER NOT NULL);
                INSERT INTO "Tenants" VALUES ('a'), ('b'), ('c');
                INSERT INTO "TenantSettings" VALUES ('a', 1), ('b', 0);
                """;
            command.ExecuteNonQuery();
        }
        var config = new ConfigurationBuilder()
            .AddCommandLine([$"--Storage:ConnectionString=Data Source={path}"]).Build();

        Assert.Equal(new TenantModes(3, 1), TenantModes.Read(config));
        Assert.Contains("1 of 3 tenant(s) chose metadata-only mode", MailAccess.Check(null, TenantModes.Read(config)).Detail);
    }

    public void Dispose()
    {
        _entra.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
