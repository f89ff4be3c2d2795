using System.Diagnostics;

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

    private static async Task<(int ExitCode, string Errors)> RunServerAsync(string environment, params (string Name, string Value)[] variables)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "OutlookRelations.Server.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        foreach (var (name, value) in variables) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The server kept running in {environment}; it should have refused to start. Output: {await output}");
        }
        return (process.ExitCode, await errors);
    }
}
