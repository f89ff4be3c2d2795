using System.Net;
using System.Net.Sockets;

namespace OutlookRelations.Server.Tests.Infrastructure;

public static class Eventually
{
    /// <summary>Waits for a condition that background work makes true; the timeout says what was awaited.</summary>
    /// <remarks>
    /// 90 s by default: under the whole suite on two cores a job has waited over 30 s to start (its
    /// queue's workers busy, the machine shared by many hosts). A condition that holds returns at
    /// once, so the limit costs nothing when things work.
    /// </remarks>
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? limit = null)
    {
        var deadline = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(90));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Still waiting for: {what}");
            await Task.Delay(100);
        }
    }

    public static Task TrueAsync(Func<bool> condition, string what, TimeSpan? limit = null) =>
        TrueAsync(() => Task.FromResult(condition()), what, limit);

    /// <summary>A loopback port nothing listens on right now, for a server whose URL must be known before it starts.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
