using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OutlookRelations.Benchmarks.Load;

/// <summary>
/// Every query EF Core runs in this process while recording, with its time from sending the command
/// to closing its reader (so reading the rows counts: SQLite does most of its work while they are
/// read), grouped by the tables it reads. It tells what a lookup's latency is made of: the
/// database and materialising its rows, or everything around them.
/// </summary>
internal sealed partial class StatementTimes : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentDictionary<string, (int Count, double Ms)> _byStatement = new();
    private readonly List<IDisposable> _subscriptions = [];
    private volatile bool _recording;

    public StatementTimes() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    public void Start()
    {
        _byStatement.Clear();
        _recording = true;
    }

    public IReadOnlyDictionary<string, (int Count, double Ms)> Stop()
    {
        _recording = false;
        return new Dictionary<string, (int, double)>(_byStatement);
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name) _subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> evt)
    {
        if (!_recording) return;
        if (evt.Key == CoreEventId.QueryCompilationStarting.Name)
        {
            _byStatement.AddOrUpdate("(query compiled)", (1, 0), (_, t) => (t.Count + 1, 0));
            return;
        }
        if (evt.Value is not DataReaderDisposingEventData reader) return;
        var ms = reader.Duration.TotalMilliseconds;
        _byStatement.AddOrUpdate(Describe(reader.Command.CommandText), (1, ms), (_, t) => (t.Count + 1, t.Ms + ms));
    }

    // "Contacts + ContactDetails", "Contacts ranked" (a window function), "4 statements: …" (a batch):
    // the tables a command reads, enough to tell the sidebar's commands apart.
    private static string Describe(string sql)
    {
        var tables = string.Join(" + ", Tables().Matches(sql).Select(m => m.Groups[1].Value).Distinct());
        var statements = sql.Split(";\n").Length;
        if (statements > 1) tables = $"{statements} statements: {tables}";
        return sql.Contains("ROW_NUMBER", StringComparison.Ordinal) ? tables + " ranked" : tables;
    }

    [GeneratedRegex("(?:FROM|JOIN) \"(\\w+)\"")]
    private static partial Regex Tables();

    public void OnCompleted() { }
    public void OnError(Exception error) { }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions) subscription.Dispose();
    }
}
