using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Core;
using Azure.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace OutlookRelations.Cli.Doctor;

/// <summary>
/// The checks `doctor` runs against a deployment's configuration: the database opens, token settings
/// agree with each other and with Entra ID's published metadata, Graph answers with the
/// configured credential, and the mail access it grants fits what tenants chose. Each failure says
/// which setting to change.
/// </summary>
internal sealed class DoctorChecks(IConfiguration config, HttpClient http)
{
    public async Task<IReadOnlyList<Finding>> RunAsync(CancellationToken ct) =>
    [
        Database(),
        .. await TokenSettingsAsync(ct),
        await GraphAsync(ct),
        MailAccess.Check(_graphToken, TenantModes.Read(config)),
    ];

    // The app-only token the Graph check was given, for the mail access check; null for the built-in emulator.
    private string? _graphToken;

    private Finding Database()
    {
        var provider = config["Storage:Provider"] ?? "Sqlite";
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase)) return PostgresDatabase.Check(config["ConnectionStrings:Postgres"]);
        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
            return new("database", false, $"Storage:Provider is '{provider}'.", "Set Storage:Provider=Postgres (production) or Sqlite (demo and development).");
        var connectionString = config["Storage:ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
            return new("database", false, "Storage:ConnectionString is not set.", "Set it, e.g. Storage:ConnectionString=\"Data Source=/var/lib/outlookrelations/relations.db\".");
        try
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (folder is not null && !Directory.Exists(folder))
                return new("database", false, $"the folder {folder} for {builder.DataSource} does not exist.", "Create it, writable by the server's account, or point Storage:ConnectionString elsewhere.");
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master";
            var tables = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            return new("database", true, $"SQLite {builder.DataSource} opens ({tables} schema objects).");
        }
        catch (Exception e) when (e is SqliteException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            return new("database", false, $"cannot open it: {e.Message}", "Check Storage:ConnectionString and the file's permissions.");
        }
    }

    private async Task<IReadOnlyList<Finding>> TokenSettingsAsync(CancellationToken ct)
    {
        var provider = config["Identity:Provider"] ?? (string.Equals(config["Demo:Enabled"], "true", StringComparison.OrdinalIgnoreCase) ? "Demo" : "Entra");
        if (provider.Equals("Demo", StringComparison.OrdinalIgnoreCase))
            return [new("sign-in", !IsProduction, "demo identities (Identity:Provider=Demo).", IsProduction ? "Production must use Entra ID: set Identity:Provider=Entra and the Entra settings." : null)];
        var findings = new List<Finding>();
        var tenant = config["Entra:TenantId"];
        var clientId = config["Entra:ClientId"];
        if (string.IsNullOrWhiteSpace(tenant) || !(Guid.TryParse(tenant, out _) || tenant is "organizations"))
            findings.Add(new("sign-in", false, $"Entra:TenantId is '{tenant}'.", "Set it to your directory's GUID, or 'organizations' for a multi-tenant app registration."));
        if (!Guid.TryParse(clientId, out var client) || client == Guid.Empty)
            findings.Add(new("sign-in", false, $"Entra:ClientId is '{clientId}'.", "Set it to the app registration's Application (client) ID."));
        if (config["Entra:ApplicationIdUri"] is { } uri && clientId is not null && !uri.TrimEnd('/').EndsWith("/" + clientId, StringComparison.OrdinalIgnoreCase))
            findings.Add(new("sign-in", false, $"Entra:ApplicationIdUri {uri} does not end with the client id {clientId}.", "Office SSO needs api://{host}/{client id}: fix either setting (and regenerate the manifest)."));
        if (findings.Count > 0) return findings;

        var instance = new Uri((config["Entra:Instance"] ?? "https://login.microsoftonline.com/").TrimEnd('/') + "/");
        var metadata = new Uri(instance, $"{tenant}/v2.0/.well-known/openid-configuration");
        try
        {
            using var document = JsonDocument.Parse(await http.GetStringAsync(metadata, ct));
            var issuer = document.RootElement.GetProperty("issuer").GetString() ?? "";
            var expected = new Uri(instance, $"{(tenant == "organizations" ? "{tenantid}" : tenant)}/v2.0").ToString();
            if (!issuer.Equals(expected, StringComparison.OrdinalIgnoreCase))
                return [new("sign-in", false, $"the directory publishes issuer {issuer}, but tokens are checked against {expected}.", "Check Entra:Instance and Entra:TenantId.")];
            var keys = document.RootElement.GetProperty("jwks_uri").GetString()!;
            using var keySet = JsonDocument.Parse(await http.GetStringAsync(keys, ct));
            var count = keySet.RootElement.GetProperty("keys").GetArrayLength();
            return [new("sign-in", count > 0, $"Entra ID metadata at {metadata} names issuer {issuer} and {count} signing key(s); tokens for {clientId} will be accepted.",
                count > 0 ? null : "The directory published no signing keys; check Entra:Instance.")];
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or KeyNotFoundException or TaskCanceledException)
        {
            return [new("sign-in", false, $"cannot read Entra ID metadata at {metadata}: {e.Message}", "Check Entra:Instance and Entra:TenantId, and that the server can reach the login host.")];
        }
    }

    private async Task<Finding> GraphAsync(CancellationToken ct)
    {
        var baseUrl = config["Graph:BaseUrl"];
        if (string.IsNullOrWhiteSpace(baseUrl))
            return new("graph", !IsProduction, "Graph:BaseUrl is not set: the server uses its built-in emulator (demo data).",
                IsProduction ? "Set Graph:BaseUrl=https://graph.microsoft.com/v1.0 and a credential (Graph:ClientSecret or Graph:CertificatePath)." : null);
        string token;
        try
        {
            token = await TokenAsync(new Uri(baseUrl), ct);
            if (!new Uri(baseUrl).IsLoopback) _graphToken = token;
        }
        catch (Exception e) when (e is AuthenticationFailedException or CredentialUnavailableException or ArgumentException or IOException or InvalidOperationException)
        {
            return new("graph", false, $"no token for Graph: {FirstLine(e.Message)}", "Check Entra:TenantId, Entra:ClientId and Graph:ClientSecret (or Graph:CertificatePath), and that admin consent was granted.");
        }
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, baseUrl.TrimEnd('/') + "/users?$top=1&$select=id");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            return response.IsSuccessStatusCode
                ? new("graph", true, $"{baseUrl} lists users with the configured credential.")
                : new("graph", false, $"{baseUrl} answered {(int)response.StatusCode}: {FirstLine(body)}",
                    "Grant the application permissions in docs/deploy.md (User.Read.All, Mail.Read, Calendars.Read) and admin consent.");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new("graph", false, $"cannot reach {baseUrl}: {e.Message}", "Check Graph:BaseUrl and the server's outbound network.");
        }
    }

    /// <summary>An app-only token by Azure.Identity; a Graph emulator on this machine takes any bearer token.</summary>
    private async Task<string> TokenAsync(Uri graph, CancellationToken ct)
    {
        if (graph.IsLoopback) return "emulator";
        var tenant = config["Entra:TenantId"] ?? throw new InvalidOperationException("Entra:TenantId is not set.");
        var clientId = config["Entra:ClientId"] ?? throw new InvalidOperationException("Entra:ClientId is not set.");
        if (string.IsNullOrWhiteSpace(config["Graph:ClientSecret"]) && string.IsNullOrWhiteSpace(config["Graph:CertificatePath"]))
            throw new InvalidOperationException("Neither Graph:ClientSecret nor Graph:CertificatePath is set.");
        var options = new ClientCertificateCredentialOptions { AuthorityHost = new Uri(config["Entra:Instance"] ?? "https://login.microsoftonline.com/") };
        TokenCredential credential = config["Graph:CertificatePath"] is { Length: > 0 } certificate
            ? new ClientCertificateCredential(tenant, clientId, certificate, options)
            : new ClientSecretCredential(tenant, clientId, config["Graph:ClientSecret"], new ClientSecretCredentialOptions { AuthorityHost = options.AuthorityHost });
        var scope = new Uri(graph, "/.default").ToString();
        return (await credential.GetTokenAsync(new TokenRequestContext([scope]), ct)).Token;
    }

    private bool IsProduction => string.Equals(config["Environment"] ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT"), "Production", StringComparison.OrdinalIgnoreCase);

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
