using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OutlookRelations.Server.Tests.Infrastructure;

/// <summary>Counts the queries EF sends (commands that return a reader): one per database round trip for a read.</summary>
public sealed class ReaderCounter : DbCommandInterceptor
{
    private int _count;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _texts = new();
    public int Count => Volatile.Read(ref _count);

    /// <summary>The SQL of every counted command, for a failure message that shows what ran.</summary>
    public IReadOnlyList<string> Texts => [.. _texts];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        _texts.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }
}
