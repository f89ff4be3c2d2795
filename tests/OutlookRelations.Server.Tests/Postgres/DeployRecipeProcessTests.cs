using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using OutlookRelations.GraphEmulator.Identity;
using OutlookRelations.Server.Tests.Hosting;
using OutlookRelations.Server.Tests.Identity;

namespace OutlookRelations.Server.Tests.Postgres;

/// <summary>
/// Issue 22: docs/deploy.md §4b followed as written: its `dotnet publish` command (into a temporary
/// folder instead of /opt), then the published output started as its systemd unit does, with the
/// recipe's environment file and only the example values replaced by this machine's (database,
/// Graph emulator, certificates, ports): the probes answer, the pane is served from the published
/// wwwroot, the log is JSON lines, and OTLP reaches a collector.
/// </summary>
[Trait("Category", "Postgres")]
[Collection(nameof(PostgresCollection))]
public sealed class DeployRecipeProcessTests
{
    private const string Secret = "recipe-secret";

    [PostgresFact]
    public async Task The_server_runs_from_the_recipes_environment_file()
    {
        await using var emulator = await GraphEmulatorServer.StartHttpsAsync(new EmulatorStore());
        emulator.Entra.RegisterApp(new EmulatedApp(EntraFixture.ClientId) { Secret = Secret });
        var folder = Directory.CreateTempSubdirectory("outlookrelations-recipe-").FullName;
        await using var database = await TemporaryPostgres.CreateAsync();
        using var collector = new OtlpCollector();
        var port = Eventually.FreePort();

        var environment = DeployRecipeTests.EnvironmentVariables();
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        environment["ConnectionStrings__Postgres"] = database.ConnectionString;
        environment["Entra__TenantId"] = EntraFixture.Directory.ToString();
        environment["Entra__ClientId"] = EntraFixture.ClientId;
        environment["Entra__Instance"] = emulator.Root.ToString();
        environment["Graph__BaseUrl"] = emulator.GraphBaseUrl;
        environment.Remove("Graph__CertificatePath");
        environment["Graph__ClientSecret"] = Secret;
        environment["Graph__TrustedCertificatePath"] = EmulatorCertificate.WritePublicPem(emulator.TlsCertificate!, Path.Combine(folder, "graph.pem"));
        environment["DataProtection__CertificatePath"] = KeyRingCertificate(Path.Combine(folder, "keyring.pfx"), "recipe");
        environment["DataProtection__CertificatePassword"] = "recipe";
        environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Url;
        environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf"; // the collector here speaks HTTP/1.1, not gRPC
        environment["OTEL_METRIC_EXPORT_INTERVAL"] = "1000";

        var published = Publish(Path.Combine(folder, "published"));
        Assert.True(File.Exists(Path.Combine(published, "wwwroot", "taskpane.html")),
            "The published server has no task pane: the test build skipped it (-p:SkipTaskPane=true?). Build without that flag, as tests/run-all.sh does.");
        await using var server = ServerProcess.StartIn(published, environment);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        try
        {
            await Eventually.TrueAsync(async () =>
            {
                if (server.HasExited) throw new InvalidOperationException("The published server exited");
                try { return (await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK; }
                catch (HttpRequestException) { return false; }
            }, "/health/ready to answer 200", TimeSpan.FromSeconds(120));
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            throw new InvalidOperationException($"{e.Message}; the server said:\n{server.Output}", e); // read now, not when the wait began
        }
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/taskpane.html")).StatusCode); // the pane is in the published wwwroot
        await Eventually.TrueAsync(() => collector.Received.Contains("/v1/traces") && collector.Received.Contains("/v1/metrics"), "spans and metrics at the collector", TimeSpan.FromSeconds(30));

        var lines = server.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, line => line.StartsWith('{') && JsonDocument.Parse(line).RootElement.TryGetProperty("Category", out _));
        Assert.DoesNotContain("No XML encryptor configured", server.Output, StringComparison.Ordinal); // the key ring certificate is in use
        Assert.DoesNotContain("\"LogLevel\":\"Error\"", server.Output, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>
    /// Runs the recipe's publish command. Restore is skipped because the test build restored already,
    /// and the pane's own build too: the test build put it in wwwroot, which the publish copies, and
    /// building it again here would rewrite files the Chromium tests are being served at the same time.
    /// </summary>
    private static string Publish(string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in DeployRecipeTests.PublishArguments(output)) start.ArgumentList.Add(argument);
        start.ArgumentList.Add("--no-restore");
        start.ArgumentList.Add("-p:SkipTaskPane=true");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(8)), "dotnet publish took over 8 minutes");
        Assert.True(process.ExitCode == 0, $"dotnet publish failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        Assert.True(File.Exists(Path.Combine(output, "OutlookRelations.Server.dll")), $"No server in the published folder {output}");
        return output;
    }

    private static string KeyRingCertificate(string path, string password)
    {
        using var rsa = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=OutlookRelations key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }

    /// <summary>Accepts OTLP over HTTP (protobuf) and notes which signals arrived.</summary>
    private sealed class OtlpCollector : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _received = new();

        public OtlpCollector()
        {
            Url = $"http://127.0.0.1:{Eventually.FreePort()}";
            _listener.Prefixes.Add(Url + "/");
            _listener.Start();
            _ = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try { context = await _listener.GetContextAsync(); }
                    catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
                    _received[context.Request.Url!.AbsolutePath] = true;
                    context.Response.StatusCode = 200;
                    context.Response.Close();
                }
            });
        }

        public string Url { get; }
        public ICollection<string> Received => _received.Keys;

        public void Dispose() => _listener.Close();
    }
}
