using Microsoft.Extensions.Time.Testing;

namespace OutlookRelations.Server.Tests.Infrastructure;

/// <summary>
/// The clock a <see cref="RelationsApp"/> runs on unless a test brings its own: it reads
/// <see cref="Origin"/> until the test advances it, so nothing a test asserts depends on the day
/// the suite runs (a birthday "next month", a weekday, a report's week).
/// Timers and delays still run on real time: a sync waiting out Graph's Retry-After, or a lease
/// renewing itself, behaves as it does in production instead of waiting forever for an Advance.
/// A test that wants to drive timers by hand uses a plain <see cref="FakeTimeProvider"/>.
/// </summary>
public sealed class TestClock() : FakeTimeProvider(Origin)
{
    /// <summary>A Monday morning in Europe (09:30 UTC): "today" is the same date from Tokyo to Seattle.</summary>
    public static readonly DateTimeOffset Origin = new(2026, 6, 15, 9, 30, 0, TimeSpan.Zero);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        System.CreateTimer(callback, state, dueTime, period);
}
