namespace OutlookRelations.TaskPane.Tests;

/// <summary>
/// The pane runs in a real Chromium, which dates things by the machine's clock ("waiting 3 days"
/// counts from the browser's now), so the server it talks to keeps the machine's clock too instead
/// of the test app's default <see cref="TestClock"/>; the mail these tests seed is dated from it.
/// </summary>
internal static class PaneClock
{
    public static void OfTheMachine(IServiceCollection services) => services.AddSingleton(TimeProvider.System);
}
