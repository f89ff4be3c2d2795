using System.Diagnostics;
using Hangfire.Common;
using Hangfire.Server;

namespace OutlookRelations.Server.Jobs;

/// <summary>
/// A span for every job this instance performs, so a sync's Graph calls and database commands (and a
/// report's) appear under the job that made them, not as unrelated roots. Given to the job server by
/// the host's filter provider (JobsSetup), not Hangfire's process-wide GlobalJobFilters, which every
/// host in a test process would add to. Spans cost nothing unless telemetry is on.
/// </summary>
internal sealed class JobTracing : JobFilterAttribute, IServerFilter
{
    public const string SourceName = "OutlookRelations.Jobs";
    private static readonly ActivitySource Source = new(SourceName);
    private const string ActivityKey = "OutlookRelations.Activity";

    public void OnPerforming(PerformingContext context)
    {
        var job = context.BackgroundJob.Job;
        var activity = Source.StartActivity($"{job.Type.Name}.{job.Method.Name}", ActivityKind.Consumer);
        if (activity is null) return;
        activity.SetTag("hangfire.job.id", context.BackgroundJob.Id);
        activity.SetTag("hangfire.job.type", job.Type.FullName);
        activity.SetTag("hangfire.job.retry", context.GetJobParameter<int>("RetryCount"));
        context.Items[ActivityKey] = activity;
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.TryGetValue(ActivityKey, out var value) is false || value is not Activity activity) return;
        if (context.Exception is { } e && !context.ExceptionHandled)
        {
            activity.SetStatus(ActivityStatusCode.Error, e.InnerException?.Message ?? e.Message);
            activity.SetTag("error.type", (e.InnerException ?? e).GetType().FullName);
        }
        activity.Stop();
    }
}
