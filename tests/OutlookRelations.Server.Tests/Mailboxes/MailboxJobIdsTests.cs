using OutlookRelations.Server.Digest;
using OutlookRelations.Server.Mailboxes;
using OutlookRelations.Server.Reports;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Tests.Mailboxes;

public sealed class MailboxJobIdsTests
{
    [Fact]
    public void Erasure_sees_every_recurring_job_a_feature_schedules_for_a_mailbox()
    {
        var owner = Guid.NewGuid();

        Assert.Equal([SyncScheduler.RecurringId(owner), WeeklyReportJob.RecurringId(owner), DigestSchedule.RecurringId(owner)], MailboxJobIds.All(owner));
        // The stored ids of recurring jobs already scheduled must not change.
        Assert.Equal($"sync-mailbox-{owner}", SyncScheduler.RecurringId(owner));
        Assert.Equal($"weekly-report-{owner}", WeeklyReportJob.RecurringId(owner));
        Assert.Equal($"digest-{owner}", DigestSchedule.RecurringId(owner));
    }
}
