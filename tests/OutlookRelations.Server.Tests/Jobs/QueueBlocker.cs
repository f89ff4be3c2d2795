namespace OutlookRelations.Server.Tests.Jobs;

/// <summary>
/// A job that holds its worker until released: how a test fills a queue's workers the way a long
/// first sync does, without depending on how long a real one takes. Static, so Hangfire runs it
/// without activating anything.
/// </summary>
public static class QueueBlocker
{
    private static TaskCompletionSource _release = New();
    private static int _holding;

    public static int Holding => Volatile.Read(ref _holding);

    public static void Reset() => _release = New();

    public static void Release() => _release.TrySetResult();

    public static async Task HoldAsync()
    {
        Interlocked.Increment(ref _holding);
        try { await _release.Task.WaitAsync(TimeSpan.FromMinutes(5)); }
        finally { Interlocked.Decrement(ref _holding); }
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
