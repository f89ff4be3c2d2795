using System.Diagnostics;

namespace OutlookRelations.Server.Tests.Hosting;

/// <summary>
/// Issue 18: a fresh clone's first `dotnet run` spends about two minutes in npm ci and vite, and
/// `dotnet run` builds at quiet verbosity, so Exec's output never reached the person waiting.
/// The server project runs those steps through RunWithProgress.tasks; these tests build a tiny
/// project that imports it, at quiet verbosity as `dotnet run` does, in the main build process and
/// in an MSBuild worker node (where the server project usually lands, behind its references).
/// </summary>
public sealed class BuildProgressTests : IDisposable
{
    private static readonly string Tasks = Path.Combine(FindRoot(), "src", "OutlookRelations.Server", "RunWithProgress.tasks");
    private readonly string _dir = Directory.CreateTempSubdirectory("build-progress-").FullName;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Output_reaches_the_console_at_quiet_verbosity_as_it_comes(bool inWorkerNode)
    {
        var (exit, output) = await Build("echo first line; sleep 3; echo second line >&2", inWorkerNode);

        Assert.Equal(0, exit);
        Assert.Contains("Task pane: installing its npm packages (about a minute)…", output, StringComparison.Ordinal);
        Assert.Contains("  task pane | first line", output, StringComparison.Ordinal);
        Assert.Contains("  task pane | second line", output, StringComparison.Ordinal);
        // Three quiet seconds against a one-second heartbeat: the person sees it is still working.
        Assert.Contains("  task pane | still installing its npm packages (", output, StringComparison.Ordinal);
        Assert.Contains("Task pane: installing its npm packages done in ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_command_fails_the_build_with_its_exit_code_and_output()
    {
        var (exit, output) = await Build("echo npm ERR! no network; exit 3", inWorkerNode: false);

        Assert.NotEqual(0, exit);
        Assert.Contains("  task pane | npm ERR! no network", output, StringComparison.Ordinal);
        Assert.Contains("failed with exit code 3", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_server_project_runs_npm_through_it()
    {
        var project = File.ReadAllText(Path.Combine(Path.GetDirectoryName(Tasks)!, "OutlookRelations.Server.csproj"));

        Assert.Contains("<Import Project=\"RunWithProgress.tasks\" />", project, StringComparison.Ordinal);
        Assert.Contains("<RunWithProgress Command=\"npm ci", project, StringComparison.Ordinal);
        Assert.Contains("<RunWithProgress Command=\"npm run build\"", project, StringComparison.Ordinal);
        Assert.DoesNotContain("<Exec Command=\"npm", project, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output)> Build(string command, bool inWorkerNode)
    {
        var project = Path.Combine(_dir, "progress.proj");
        File.WriteAllText(project, $"""
            <Project>
              <Import Project="{Tasks}" />
              <Target Name="Build">
                <RunWithProgress Command="{System.Security.SecurityElement.Escape(command)}" WorkingDirectory="{_dir}"
                                 Step="installing its npm packages" Expect="about a minute" QuietSeconds="1" />
              </Target>
            </Project>
            """);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _dir };
        foreach (var arg in new[] { "msbuild", project, "-v:q", "-nologo", "-nodeReuse:false" }) start.ArgumentList.Add(arg);
        // Forces every project into a worker node, whose own stderr nobody reads.
        if (inWorkerNode) start.Environment["MSBUILDNOINPROCNODE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OutlookRelations.sln"))) return dir.FullName;
        throw new InvalidOperationException("Repository root not found");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
