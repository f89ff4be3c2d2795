using System.ComponentModel.DataAnnotations;

namespace OutlookRelations.Server.Jobs;

/// <summary>Section "Jobs": where background work runs and how many workers each queue gets.</summary>
public sealed class JobsOptions : IValidatableObject
{
    public const string SectionName = "Jobs";

    /// <summary>Run a job server in this process. Off, the process only queues jobs (a web-only instance).</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>How often each instance looks for due recurring and delayed jobs (Hangfire's default, 15 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>PostgreSQL only: a job taken by an instance that died goes back to its queue after this long.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A sync holds its mailbox by a lease it renews every third of this; if its instance dies,
    /// another takes the mailbox over once the lease runs out.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:03", "01:00:00")]
    public TimeSpan SyncLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A mailbox sync that finds the mailbox held elsewhere tries again after this long.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LockRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Mail and calendar syncs. Two workers keep two mailboxes' first syncs going per instance.</summary>
    public QueueOptions Sync { get; set; } = new() { Workers = 2, PollInterval = TimeSpan.FromSeconds(3) };

    /// <summary>Someone is waiting for a report they asked for: look every second.</summary>
    public QueueOptions Reports { get; set; } = new() { Workers = 1, PollInterval = TimeSpan.FromSeconds(1) };

    /// <summary>Chores that are never urgent to the second.</summary>
    public QueueOptions Housekeeping { get; set; } = new() { Workers = 1, PollInterval = TimeSpan.FromSeconds(5) };

    /// <summary>Every worker this instance runs, across the queues.</summary>
    // Summed over a list rather than property by property: "Sync" or "Reports" followed by a member
    // reads (to a person and to the folder-cycle check) as those folders, which build on Jobs.
    public int TotalWorkers => RunServer ? new[] { Sync, Reports, Housekeeping }.Sum(q => q.Workers) : 0;

    /// <summary>
    /// The section as configured, for deciding which job servers to register; validated now, because
    /// the servers are built from it before the start's own validation would run.
    /// </summary>
    public static JobsOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(SectionName).Get<JobsOptions>() ?? new JobsOptions();
        var problems = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), problems, validateAllProperties: true))
            throw new Microsoft.Extensions.Options.OptionsValidationException(SectionName, typeof(JobsOptions), problems.Select(p => p.ErrorMessage ?? p.ToString()));
        return options;
    }

    public IEnumerable<(string Queue, QueueOptions Options)> Queues()
    {
        yield return (JobQueues.Sync, Sync);
        yield return (JobQueues.Reports, Reports);
        yield return (JobQueues.Housekeeping, Housekeeping);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (queue, options) in Queues())
        {
            var key = $"{SectionName}:{char.ToUpperInvariant(queue[0])}{queue[1..]}";
            if (options.Workers is < 1 or > 100)
                yield return new ValidationResult($"{key}:Workers is {options.Workers}; it takes 1 to 100 (each queue needs a worker or its jobs never run).");
            if (options.PollInterval < TimeSpan.FromMilliseconds(200) || options.PollInterval > TimeSpan.FromMinutes(5))
                yield return new ValidationResult($"{key}:PollInterval is {options.PollInterval}; it takes 00:00:00.2 to 00:05:00.");
        }
    }
}

/// <summary>One queue's share of an instance.</summary>
public sealed class QueueOptions
{
    public int Workers { get; set; }

    /// <summary>
    /// PostgreSQL only: how often an idle worker asks the database for a job. Every idle worker of every
    /// instance asks, and each ask takes a row lock (FOR UPDATE SKIP LOCKED), so a queue with many
    /// workers should ask less often; in memory, workers are woken when a job arrives.
    /// </summary>
    public TimeSpan PollInterval { get; set; }
}
