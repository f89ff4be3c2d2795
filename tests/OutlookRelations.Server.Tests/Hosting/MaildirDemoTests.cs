using Microsoft.Extensions.Logging;

namespace OutlookRelations.Server.Tests.Hosting;

/// <summary>Issue 15: a demo served from a maildir left out unreadable files without a word.</summary>
public sealed class MaildirDemoTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("maildir-demo-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Files_the_demo_cannot_read_are_named_in_a_warning()
    {
        Directory.CreateDirectory(Path.Combine(_root, "smith-j", "inbox"));
        File.WriteAllText(Path.Combine(_root, "smith-j", "inbox", "1."), "Message-ID: <i1@x>\r\nDate: Tue, 3 Apr 2001 08:00:00 -0700\r\nFrom: a@contoso.com\r\nTo: john.smith@enron.com\r\nSubject: Hi\r\n\r\nHello.\r\n");
        File.WriteAllText(Path.Combine(_root, "smith-j", "inbox", "2."), "this is not a message at all");
        var logs = new CapturedLogs();

        await using var app = new RelationsApp(null, services => services.AddSingleton<ILoggerProvider>(logs),
            new Dictionary<string, string?> { ["Demo:Maildir"] = _root });
        using var client = app.CreateClient();
        (await client.GetAsync("/health")).Dispose();

        var warning = Assert.Single(logs.Messages, m => m.Contains("could not be read as messages", StringComparison.Ordinal));
        Assert.Contains(Path.Combine("inbox", "2."), warning, StringComparison.Ordinal);
    }

    private sealed class CapturedLogs : ILoggerProvider, ILogger
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _messages = new();
        public IReadOnlyList<string> Messages => [.. _messages];
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) _messages.Enqueue(formatter(state, exception));
        }
        public void Dispose() { }
    }
}
