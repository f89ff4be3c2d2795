using System.Reflection;
using Hangfire;
using OutlookRelations.GraphEmulator.Model;
using Hangfire.Common;
using Hangfire.States;
using OutlookRelations.Server.Jobs;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Tests.Jobs;

/// <summary>
/// Issue 17: syncs, reports and housekeeping each have their own queue and workers, so a tenant's
/// first sync of many mailboxes never keeps a report waiting, and the reverse.
/// </summary>
[Collection(nameof(QueueBlocker))] // the blocker is static: one test holding workers at a time
public sealed class JobQueuesTests
{
    private const string Ana = "ana@fabrikam.example";

    [Fact]
    public async Task A_report_is_built_while_every_sync_worker_is_held_and_a_sync_waits_on_its_own_queue()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "m1", new EmailAddress("Carla", "carla@adventure-works.example"), new EmailAddress("Ana", Ana), TestClock.Origin.AddDays(-3)));
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator, settings: new Dictionary<string, string?>
        {
            ["Jobs:RunServer"] = "true", ["Jobs:Sync:Workers"] = "2", ["Jobs:Reports:Workers"] = "1",
        });
        var owner = (await app.ImportDirectoryAsync()).Single();
        var jobs = app.Services.GetRequiredService<IBackgroundJobClient>();
        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        QueueBlocker.Reset();
        try
        {
            // Both sync workers are taken, as by two long first syncs.
            for (var i = 0; i < 2; i++) jobs.Create(Job.FromExpression(() => QueueBlocker.HoldAsync()), new EnqueuedState(JobQueues.Sync));
            await Eventually.TrueAsync(() => Task.FromResult(QueueBlocker.Holding == 2), "both sync workers held");

            await using (var scope = app.Services.CreateAsyncScope())
                scope.ServiceProvider.GetRequiredService<SyncScheduler>().SyncNow(owner.Id);
            var client = app.ClientAs(Ana);
            var report = await ReportPolling.WaitAsync(client, await ReportPolling.RequestAsync(client, new { scope = "me" }), TimeSpan.FromSeconds(60));

            Assert.Equal("succeeded", report.GetProperty("status").GetString());
            // The sync went to its own queue and is still waiting there for a worker.
            Assert.Equal(1, monitoring.EnqueuedCount(JobQueues.Sync));
            Assert.Equal(0, monitoring.EnqueuedCount(JobQueues.Legacy));
        }
        finally
        {
            QueueBlocker.Release();
        }
        // Released, the waiting sync runs and stores Ana's mail.
        await Eventually.TrueAsync(async () => await app.ReadAsAsync(owner, db => db.Interactions.CountAsync()) == 1, "the queued sync ran once the workers were free");
    }

    [Fact]
    public async Task Each_queue_gets_a_server_of_its_own_with_the_workers_it_was_given()
    {
        await using var app = new RelationsApp(null, settings: new Dictionary<string, string?>
        {
            ["Jobs:RunServer"] = "true", ["Jobs:Sync:Workers"] = "3", ["Jobs:Reports:Workers"] = "2", ["Jobs:Housekeeping:Workers"] = "1",
        });
        _ = app.Services; // starts the host
        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        await Eventually.TrueAsync(() => Task.FromResult(monitoring.Servers().Count == 3), "three job servers announced");

        var servers = monitoring.Servers().ToDictionary(s => string.Join(",", s.Queues), s => s.WorkersCount);
        Assert.Equal(3, servers[JobQueues.Sync]);
        Assert.Equal(2, servers[JobQueues.Reports]);
        Assert.Equal(1, servers[$"{JobQueues.Housekeeping},{JobQueues.Legacy}"]);
    }

    [Fact]
    public void Every_job_the_server_defines_names_one_of_the_queues()
    {
        // A job without [Queue] would go to Hangfire's "default" queue, which only housekeeping drains.
        var queues = new[] { JobQueues.Sync, JobQueues.Reports, JobQueues.Housekeeping };
        var jobMethods = typeof(JobQueues).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<AutomaticRetryAttribute>() is not null)
            .ToList();

        Assert.True(jobMethods.Count >= 10, $"found {jobMethods.Count} job methods");
        foreach (var method in jobMethods)
            Assert.True(method.GetCustomAttribute<QueueAttribute>()?.Queue is { } queue && queues.Contains(queue), $"{method.DeclaringType!.Name}.{method.Name} names no queue");
    }
}

[CollectionDefinition(nameof(QueueBlocker))]
public sealed class QueueBlockerCollection;
