using Microsoft.Extensions.Logging;
using OutlookRelations.Server.Jobs;
using HangfireLevel = Hangfire.Logging.LogLevel;

namespace OutlookRelations.Server.Tests.Jobs;

public sealed class HostBoundLogProviderTests
{
    [Fact]
    public void Logs_while_its_host_lives_and_goes_quiet_once_the_host_is_disposed()
    {
        var written = new List<string>();
        var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Information).AddProvider(new ListProvider(written)));
        var provider = new HostBoundLogProvider(factory);
        var log = provider.GetLogger("Hangfire.Test");
        Assert.True(log.Log(HangfireLevel.Warn, () => "before"));
        Assert.False(log.Log(HangfireLevel.Debug, null)); // below the minimum level
        Assert.Equal(["before"], written);

        factory.Dispose();

        Assert.False(provider.GetLogger("Hangfire.Later").Log(HangfireLevel.Error, () => "after"));
        Assert.Equal(["before"], written);
    }

    private sealed class ListProvider(List<string> written) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(written);
        public void Dispose() { }
    }

    private sealed class ListLogger(List<string> written) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            written.Add(formatter(state, exception));
    }
}
