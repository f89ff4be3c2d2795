using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Tests.Sync;

/// <summary>Issue 22: the verdict and lag an admin sees, at a fixed instant, from a mailbox's latest round.</summary>
public sealed class SyncVerdictsTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan StalledAfter = TimeSpan.FromHours(2);

    private static SyncRound Round(SyncRoundOutcome outcome, TimeSpan? ago = null, int failures = 0, DateTimeOffset? graph = null, DateTimeOffset? seen = null,
        DateTimeOffset? succeeded = null, DateTimeOffset? progress = null) => new()
    {
        StartedAt = Now - (ago ?? TimeSpan.FromMinutes(5)), FinishedAt = outcome == SyncRoundOutcome.Running ? null : Now - (ago ?? TimeSpan.FromMinutes(5)),
        Outcome = outcome, ConsecutiveFailures = failures, NewestInGraphAt = graph, NewestSeenAt = seen,
        LastSucceededAt = succeeded, LastProgressAt = progress,
    };

    private static SyncVerdict Judge(SyncRound? round, DateTimeOffset? requested = null) => SyncVerdicts.Judge(round, requested, Now, StalledAfter);

    [Fact]
    public void A_round_that_took_in_Graphs_newest_message_is_healthy_with_no_lag()
    {
        var mail = Now.AddHours(-1);
        var round = Round(SyncRoundOutcome.Succeeded, graph: mail, seen: mail, succeeded: Now.AddMinutes(-5), progress: Now.AddMinutes(-5));

        Assert.Equal(SyncVerdict.Healthy, Judge(round));
        Assert.Equal(TimeSpan.Zero, SyncVerdicts.Lag(round, Now));
    }

    [Fact]
    public void Lag_is_how_long_Graphs_newest_message_has_waited_and_unknown_before_Graph_was_asked()
    {
        Assert.Equal(TimeSpan.FromMinutes(30), SyncVerdicts.Lag(Round(SyncRoundOutcome.Behind, graph: Now.AddMinutes(-30), seen: Now.AddHours(-3)), Now));
        Assert.Equal(TimeSpan.FromMinutes(30), SyncVerdicts.Lag(Round(SyncRoundOutcome.Running, graph: Now.AddMinutes(-30)), Now));
        Assert.Null(SyncVerdicts.Lag(Round(SyncRoundOutcome.Succeeded), Now));
        Assert.Null(SyncVerdicts.Lag(null, Now));
    }

    [Fact]
    public void A_failed_latest_round_is_failing_whatever_else_is_true()
    {
        var mail = Now.AddHours(-1);
        Assert.Equal(SyncVerdict.Failing, Judge(Round(SyncRoundOutcome.Failed, failures: 1, graph: mail, seen: mail, succeeded: Now.AddHours(-1), progress: Now.AddHours(-1))));
        // The retry is running: still failing until a round succeeds.
        Assert.Equal(SyncVerdict.Failing, Judge(Round(SyncRoundOutcome.Running, failures: 3, succeeded: Now.AddDays(-1))));
    }

    [Fact]
    public void A_round_that_moved_nothing_while_Graph_had_newer_mail_is_catching_up_then_stalled_after_StalledAfter()
    {
        var lastProgress = Now.AddMinutes(-90);
        var behind = Round(SyncRoundOutcome.Behind, graph: Now.AddMinutes(-100), seen: Now.AddDays(-1), succeeded: lastProgress, progress: lastProgress);
        Assert.Equal(SyncVerdict.CatchingUp, Judge(behind));

        behind.LastProgressAt = Now - StalledAfter;
        Assert.Equal(SyncVerdict.Stalled, Judge(behind));
    }

    [Fact]
    public void No_progress_for_long_is_not_stalled_when_Graph_has_nothing_newer()
    {
        var mail = Now.AddDays(-3);
        Assert.Equal(SyncVerdict.Healthy, Judge(Round(SyncRoundOutcome.Succeeded, graph: mail, seen: mail, succeeded: Now.AddMinutes(-5), progress: Now.AddDays(-3))));
    }

    [Fact]
    public void A_first_sync_is_catching_up_while_it_moves_and_stalled_once_it_stops_moving()
    {
        var running = Round(SyncRoundOutcome.Running, ago: TimeSpan.FromHours(5), graph: Now.AddHours(-6), progress: Now.AddMinutes(-1));
        Assert.Equal(SyncVerdict.CatchingUp, Judge(running));

        running.LastProgressAt = null; // nothing since it started, five hours ago
        Assert.Equal(SyncVerdict.Stalled, Judge(running));
        Assert.Equal(SyncVerdict.CatchingUp, Judge(null));
    }

    [Fact]
    public void A_change_notification_no_sync_answered_for_StalledAfter_is_stalled_even_without_a_round()
    {
        var mail = Now.AddDays(-1);
        var healthy = Round(SyncRoundOutcome.Succeeded, graph: mail, seen: mail, succeeded: Now.AddHours(-3), progress: Now.AddHours(-3));

        Assert.Equal(SyncVerdict.Healthy, Judge(healthy, requested: Now.AddMinutes(-10)));
        Assert.Equal(SyncVerdict.Stalled, Judge(healthy, requested: Now - StalledAfter));
        Assert.Equal(SyncVerdict.Stalled, Judge(null, requested: Now.AddHours(-3)));
    }

    [Fact]
    public void Stalled_and_failing_sort_before_catching_up_and_healthy()
    {
        Assert.Equal([SyncVerdict.Failing, SyncVerdict.Stalled, SyncVerdict.CatchingUp, SyncVerdict.Healthy],
            new[] { SyncVerdict.Healthy, SyncVerdict.CatchingUp, SyncVerdict.Stalled, SyncVerdict.Failing }.Order());
    }
}
