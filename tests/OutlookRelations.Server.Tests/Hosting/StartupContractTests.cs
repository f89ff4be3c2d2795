namespace OutlookRelations.Server.Tests.Hosting;

/// <summary>The real server process refuses configurations that must never run, and says why.</summary>
public sealed class StartupContractTests
{
    [Fact]
    public async Task Production_without_configuration_exits_non_zero_naming_what_is_missing()
    {
        var (exitCode, errors) = await RunServerAsync("Production");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Entra:TenantId", errors, StringComparison.Ordinal);
        Assert.Contains("Entra:ClientId", errors, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Postgres", errors, StringComparison.Ordinal);
        Assert.Contains("Storage:Provider is not Postgres", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_names_a_missing_Graph_credential_and_refuses_Graph_over_plain_http()
    {
        var (exitCode, errors) = await RunServerAsync("Production",
            ("Entra__TenantId", "0b5c4e7a-1d2f-4a3b-8c9d-0e1f2a3b4c5d"), ("Entra__ClientId", "5b6f2d1e-8c3a-4f7b-9e2d-1a4c6b8d0e2f"),
            ("Graph__BaseUrl", "http://graph.contoso.example/v1.0"), ("Graph__CertificatePath", "/nowhere/app.pfx"),
            ("Storage__Provider", "Postgres"), ("ConnectionStrings__Postgres", "Host=db.contoso.example"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Graph:CertificatePath '/nowhere/app.pfx' does not exist", errors, StringComparison.Ordinal);
        Assert.Contains("is not https", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Missing setting", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_identities_outside_Development_are_refused()
    {
        var (exitCode, errors) = await RunServerAsync("Staging", ("Demo__Enabled", "true"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Demo:Enabled", errors, StringComparison.Ordinal);
        Assert.Contains("only allowed in Development", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entra_sign_in_without_its_app_registration_is_refused()
    {
        var (exitCode, errors) = await RunServerAsync("Development", ("Demo__Enabled", "true"), ("Identity__Provider", "Entra"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Missing setting Entra:TenantId", errors, StringComparison.Ordinal);
        Assert.Contains("Missing setting Entra:ClientId", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EntraID")]
    [InlineData("entra,demo")]
    [InlineData("Entra, Demo")]
    [InlineData("1")]
    [InlineData("0")]
    [InlineData("Entra ")]
    [InlineData("AzureAD")]
    public async Task Production_with_an_identity_provider_that_is_not_exactly_a_name_refuses_to_start(string provider)
    {
        // Every other production setting is present and sound, so the provider is the only problem.
        var certificate = Path.GetTempFileName();
        try
        {
            var (exitCode, errors) = await RunServerAsync("Production",
                ("Entra__TenantId", "0b5c4e7a-1d2f-4a3b-8c9d-0e1f2a3b4c5d"), ("Entra__ClientId", "5b6f2d1e-8c3a-4f7b-9e2d-1a4c6b8d0e2f"),
                ("Graph__BaseUrl", "https://graph.microsoft.com/v1.0"), ("Graph__CertificatePath", certificate),
                ("Storage__Provider", "Postgres"), ("ConnectionStrings__Postgres", "Host=db.contoso.example"), ("Identity__Provider", provider));

            Assert.Equal(1, exitCode);
            Assert.Contains($"Identity:Provider is '{provider}'", errors, StringComparison.Ordinal);
            Assert.Contains("Allowed: Demo, Entra", errors, StringComparison.Ordinal);
            Assert.DoesNotContain("Demo sign-in", errors, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            File.Delete(certificate);
        }
    }

    [Theory]
    [InlineData("EntraID")]
    [InlineData("demo,entra")]
    [InlineData("2")]
    public async Task Development_refuses_an_identity_provider_that_is_not_exactly_a_name_too(string provider)
    {
        var (exitCode, errors) = await RunServerAsync("Development", ("Demo__Enabled", "true"), ("Identity__Provider", provider));

        Assert.Equal(1, exitCode);
        Assert.Contains($"Identity:Provider is '{provider}'", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_storage_provider_that_is_not_exactly_a_name_refuses_to_start()
    {
        var (exitCode, errors) = await RunServerAsync("Development", ("Demo__Enabled", "true"), ("Storage__Provider", "Postgres,Sqlite"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Storage:Provider is 'Postgres,Sqlite'", errors, StringComparison.Ordinal);
        Assert.Contains("Allowed: Sqlite, Postgres", errors, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Errors)> RunServerAsync(string environment, params (string Name, string Value)[] variables)
    {
        var settings = new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = environment };
        foreach (var (name, value) in variables) settings[name] = value;
        await using var server = ServerProcess.Start(settings, "--urls", "http://127.0.0.1:0");
        var exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return (exitCode, server.Output);
    }
}
