using Hangfire;
using Microsoft.Extensions.Options;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Mailboxes;

namespace OutlookRelations.Server.Digest;

/// <summary>
/// One recurring job per person who turned the digest on, at Digest:Cron in their own time zone
/// (Graph mailboxSettings; UTC until it is known). Hangfire enqueues each occurrence once however
/// many instances run; <see cref="DigestJob"/> still claims the day before it sends.
/// </summary>
public sealed class DigestSchedule(IRecurringJobManager recurring, IOptions<DigestOptions> options)
{
    public string Cron => options.Value.Cron;

    public static string RecurringId(Guid ownerId) => MailboxJobIds.Digest(ownerId);

    public void Start(Guid ownerId, string? timeZone) =>
        recurring.AddOrUpdate<DigestJob>(RecurringId(ownerId), job => job.SendAsync(ownerId, CancellationToken.None), options.Value.Cron,
            new RecurringJobOptions { TimeZone = OwnerZone.Of(timeZone) });

    public void Stop(Guid ownerId) => recurring.RemoveIfExists(RecurringId(ownerId));
}
