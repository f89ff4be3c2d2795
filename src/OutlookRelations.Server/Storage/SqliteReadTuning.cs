using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace OutlookRelations.Server.Storage;

/// <summary>
/// Memory-mapped reads for SQLite (PRAGMA mmap_size), set once per physical connection. Without it
/// every page SQLite's small per-connection cache misses is a read() system call and a copy; a
/// sidebar lookup touches a few hundred rows spread over a large file, so those calls were a large
/// share of its CPU (see the sidebar-load benchmark). The mapping shares the operating system's page
/// cache between connections instead of each keeping its own copy.
/// </summary>
public sealed class SqliteReadTuning(long memoryMapBytes) : DbConnectionInterceptor
{
    // Pooled connections keep their native handle: tune each handle once, not at every open.
    private readonly ConditionalWeakTable<sqlite3, object> _tuned = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Tune(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Tune(connection);
        return Task.CompletedTask;
    }

    private void Tune(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || _tuned.TryGetValue(handle, out _)) return;
        using var command = sqlite.CreateCommand();
        command.CommandText = $"PRAGMA mmap_size = {memoryMapBytes}";
        command.ExecuteNonQuery();
        _tuned.TryAdd(handle, this);
    }
}
