using System.Runtime;

namespace OutlookRelations.Benchmarks;

/// <summary>
/// Waits for the runtime to finish compiling what the last server start made hot. Each benchmark
/// server builds its EF model, DI container and routes; tiered compilation recompiles those
/// methods in the background afterwards, and without this wait it was still doing so (a quarter of
/// the CPU, by perf) all through the measured sync. A server that has been up for a minute has done it.
/// </summary>
internal static class Quiet
{
    public static async Task WaitForJitAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var before = JitInfo.GetCompiledMethodCount();
            await Task.Delay(500);
            if (JitInfo.GetCompiledMethodCount() - before < 10) return;
        }
    }
}
