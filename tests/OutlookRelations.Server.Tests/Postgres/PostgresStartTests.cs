using System.Collections.Concurrent;
using OutlookRelations.GraphEmulator.Model;
using Microsoft.Extensions.Logging;

namespace OutlookRelations.Server.Tests.Postgres;

/// <summary>The server's first start on PostgreSQL: what an operator sees, and what it leaves behind.</summary>
[Trait("Category", "Postgres")]
[Collection(nameof(PostgresCollection))]
public sealed class PostgresStartTests
{
    [PostgresFact]
    public async Task A_first_start_on_a_fresh_database_logs_no_errors()
    {
        // An operator reads "fail:" as something to act on; a first start that went well has none.
        await using var emulator = await GraphEmulatorServer.StartAsync(new EmulatorStore());
        await using var database = await TemporaryPostgres.CreateAsync();
        var errors = new ErrorLog();
        await using var app = new RelationsApp(emulator, services => services.AddSingleton<ILoggerProvider>(errors), database.Settings(runJobs: true));
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Empty(errors.Entries);
    }

    [PostgresFact]
    public async Task The_demo_reset_on_start_leaves_a_working_job_store_behind()
    {
        // The reset drops the whole database, after Hangfire's storage was built (and installed its
        // schema) for the hosted services: the jobs must still have somewhere to go.
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(ana, 50, contacts: 5);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var database = await TemporaryPostgres.CreateAsync();
        var settings = database.Settings(runJobs: true);
        settings["Storage:ResetOnStart"] = "true";
        await using var app = new RelationsApp(emulator, settings: settings);
        await app.SyncAsync((await app.ImportDirectoryAsync()).Single(o => o.Email == ana.User.Mail));

        using var client = app.ClientAs(ana.User.Mail);
        var report = await ReportPolling.WaitAsync(client, await ReportPolling.RequestAsync(client, new { scope = "me", from = "2025-12-01" }), TimeSpan.FromSeconds(120));
        Assert.Equal("succeeded", report.GetProperty("status").GetString());
    }

    /// <summary>Every entry logged at Error or above, by any category.</summary>
    private sealed class ErrorLog : ILoggerProvider
    {
        public ConcurrentQueue<string> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose() { }

        private sealed class Logger(ErrorLog log, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel)) log.Entries.Enqueue($"{category}: {formatter(state, exception)}");
            }
        }
    }
}
