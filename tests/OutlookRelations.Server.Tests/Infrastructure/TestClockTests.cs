using Microsoft.Extensions.Time.Testing;

namespace OutlookRelations.Server.Tests.Infrastructure;

public sealed class TestClockTests
{
    [Fact]
    public async Task The_test_app_runs_on_a_clock_that_stands_at_the_origin_and_shares_it_with_its_emulator()
    {
        await using var emulator = await GraphEmulatorServer.StartAsync(new EmulatorStore());
        await using var app = new RelationsApp(emulator);
        _ = app.Services;
        var clock = Assert.IsType<TestClock>(app.Clock);
        Assert.Equal(TestClock.Origin, clock.GetUtcNow());
        Assert.Same(clock, emulator.Store.Clock);
        clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(TestClock.Origin.AddDays(3), emulator.Store.Clock.GetUtcNow());
    }

    [Fact]
    public async Task A_clock_the_test_brings_wins_and_the_emulator_gets_it_too()
    {
        var own = new FakeTimeProvider(new DateTimeOffset(2031, 2, 3, 4, 5, 6, TimeSpan.Zero));
        await using var emulator = await GraphEmulatorServer.StartAsync(new EmulatorStore());
        await using var app = new RelationsApp(emulator, s => s.AddSingleton<TimeProvider>(own));
        _ = app.Services;
        Assert.Same(own, app.Clock);
        Assert.Same(own, emulator.Store.Clock);
    }

    [Fact]
    public async Task Delays_on_the_test_clock_still_pass_in_real_time_while_its_date_stands_still()
    {
        // A sync waiting out Graph's Retry-After on the server's clock must not wait for an Advance that never comes.
        var clock = new TestClock();
        var delay = Task.Delay(TimeSpan.FromMilliseconds(50), clock);
        Assert.Same(delay, await Task.WhenAny(delay, Task.Delay(TimeSpan.FromSeconds(10))));
        Assert.Equal(TestClock.Origin, clock.GetUtcNow());
    }
}
