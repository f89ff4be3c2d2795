using System.Diagnostics;
using System.Text;

namespace OutlookRelations.Server.Tests.Infrastructure;

/// <summary>
/// The built server as its own operating-system process, configured by environment variables the
/// way an operator would: for start-up contracts, commands such as `onboard`, and hard kills.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process) => _process = process;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>CPU the process has used so far, all its threads together.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static ServerProcess Start(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        StartIn(AppContext.BaseDirectory, environment, args);

    /// <summary>The server in <paramref name="folder"/> (a `dotnet publish` output, say), run from there as systemd would.</summary>
    public static ServerProcess StartIn(string folder, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, "OutlookRelations.Server.dll"), .. args])
        {
            WorkingDirectory = folder,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var server = new ServerProcess(new Process { StartInfo = start });
        server._process.OutputDataReceived += (_, e) => server.Append(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        return server;
    }

    /// <summary>The exit code; a process still running after <paramref name="limit"/> is killed and reported.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"The server process was still running after {limit}. Output: {Output}");
        }
        _process.WaitForExit(); // flushes the redirected output
        return _process.ExitCode;
    }

    /// <summary>Waits for /health to answer 200 at <paramref name="root"/>.</summary>
    public async Task WaitUntilHealthyAsync(Uri root, TimeSpan limit)
    {
        using var http = new HttpClient { BaseAddress = root, Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.TrueAsync(async () =>
        {
            if (_process.HasExited) throw new InvalidOperationException($"The server exited with {_process.ExitCode}: {Output}");
            try
            {
                return (await http.GetAsync("/health")).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, $"{root} to answer /health", limit);
    }

    /// <summary>SIGKILL, as a crashed machine or an OOM killer would: nothing gets to clean up.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
