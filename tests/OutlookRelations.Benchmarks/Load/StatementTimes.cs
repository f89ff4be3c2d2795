using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OutlookRelations.Benchmarks.Load;

/// <summary>
/// Every query EF Core runs in this process while recording, with its time from sending the command
/// to closing its reader (so reading the rows counts: SQLite does most of its work while they are
/// read), grouped by the table it reads first. It tells what a lookup's latency is made of: the
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

    // "Contacts", "InteractionParticipants", "Contacts ranked" (a window function): enough to tell the sidebar's statements apart.
    private static string Describe(string sql)
    {
        var table = FirstTable().Match(sql) is { Success: true } m ? m.Groups[1].Value : "?";
        return sql.Contains("ROW_NUMBER", StringComparison.Ordinal) ? table + " ranked" : table;
    }

    [GeneratedRegex("FROM \"(\\w+)\"")]
    private static partial Regex FirstTable();

    public void OnCompleted() { }
    public void OnError(Exception error) { }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions) subscription.Dispose();
    }
}
