using Hangfire;
using Microsoft.Extensions.Options;
using OutlookRelations.Server.DataControls;
using OutlookRelations.Server.Notifications;
using OutlookRelations.Server.Reports;

namespace OutlookRelations.Server;

/// <summary>
/// Every recurring job the server runs on its own, registered in one place when it starts (each
/// instance registers the same ids, so with several instances each occurrence still runs once).
/// Two more kinds recur per person and are made when that person's choice is: a mailbox's
/// safety-net sync (Sync/SyncScheduler, Graph:SyncCron, made at onboarding) and a manager's weekly
/// report (Reports/ReportsApi, Reports:WeeklyCron, made when they ask for it). Erasure removes both.
/// </summary>
public static class RecurringJobs
{
    public static IServiceCollection AddRecurringJobs(this IServiceCollection services) => services.AddHostedService<Registration>();

    private sealed class Registration(IRecurringJobManager recurring, IOptions<NotificationOptions> notifications) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            // Reports are kept for Reports:KeepFor; checking every hour deletes each within the hour after.
            recurring.AddOrUpdate<ReportHousekeeping>(ReportHousekeeping.ExpiryJobId, h => h.ExpireAsync(CancellationToken.None), Cron.Hourly());
            // Retention is time-based, so settings are applied again every night, not only when they change.
            recurring.AddOrUpdate<ApplySettingsJob>(ApplySettingsJob.DailyId, job => job.ApplyAllAsync(CancellationToken.None), Cron.Daily(3));
            // A sync that stalls without a round ending (a hung round, a notification nobody picked up) is alerted here.
            recurring.AddOrUpdate<Sync.SyncAlertSweep>(Sync.SyncAlertSweep.RecurringId, s => s.SweepAsync(CancellationToken.None), Sync.SyncAlertSweep.Every);
            // Subscriptions are renewed while notifications are on; turned off, the job goes.
            if (notifications.Value.Enabled)
                recurring.AddOrUpdate<SubscriptionJobs>(SubscriptionJobs.RenewalId, j => j.RenewDueAsync(CancellationToken.None), notifications.Value.RenewCron);
            else
                recurring.RemoveIfExists(SubscriptionJobs.RenewalId);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
