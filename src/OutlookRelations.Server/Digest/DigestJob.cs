using Hangfire;
using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.GraphAccess;
using OutlookRelations.Server.Jobs;
using OutlookRelations.Server.Sidebar;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Today;

namespace OutlookRelations.Server.Digest;

/// <summary>
/// Sends one person's morning digest. The day is claimed in the database first (one conditional
/// update of MailboxOwner.DigestSentOn), so a second run, from a retry or another instance, sends
/// nothing; a send that fails gives the day back, and Hangfire tries again.
/// </summary>
public sealed class DigestJob(
    RelationsDbContext db, TodayQuery today, GraphMailSender sender, DigestSchedule schedule, TimeProvider time, ILogger<DigestJob> logger)
{
    /// <summary>At most this many of tomorrow's meetings, each with at most this many outsiders.</summary>
    public const int Meetings = 5, AttendeesPerMeeting = 5;

    [Queue(JobQueues.Housekeeping)]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900])]
    public async Task<DigestOutcome> SendAsync(Guid ownerId, CancellationToken ct)
    {
        var owner = await db.Owners.AsNoTracking().SingleOrDefaultAsync(o => o.Id == ownerId, ct);
        if (owner is null) return DigestOutcome.NoMailbox;
        var settings = await db.TenantSettings.AsNoTracking().SingleOrDefaultAsync(s => s.TenantId == owner.TenantId, ct);
        if (!owner.DigestEnabled) return DigestOutcome.TurnedOff;
        if (DigestAvailability.Of(settings) is { } blocked) return blocked.Outcome;
        var from = settings!.SenderMailbox!;
        if (owner.CollectionPaused) return DigestOutcome.TurnedOff;

        // Outlook's time zone may have been learned, or changed, since the digest was turned on: the
        // next occurrence follows it.
        schedule.Start(owner.Id, owner.TimeZone);
        var zone = OwnerZone.Of(owner.TimeZone);
        var day = OwnerZone.Today(time.GetUtcNow(), zone);
        // The schedule is read in the owner's zone; a day off there is a day off, whatever the cron says.
        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) return DigestOutcome.DayOff;
        var previous = owner.DigestSentOn;
        var claimed = await db.Owners.Where(o => o.Id == ownerId && (o.DigestSentOn == null || o.DigestSentOn < day))
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.DigestSentOn, day), ct);
        if (claimed == 0) return DigestOutcome.AlreadySent;

        try
        {
            db.Scope.Enter(owner.TenantId, owner.Id);
            var view = await today.BuildAsync(ct);
            var meetings = await MeetingsAsync(view, ct);
            if (DigestMail.IsEmpty(view, meetings))
            {
                logger.LogInformation("Nothing worth a note today for {Owner}; no digest sent", owner.Email);
                return DigestOutcome.NothingToSay;
            }
            await sender.SendAsync(owner.TenantId, from, DigestMail.For(owner.Email, OpenerView.FirstName(owner.DisplayName), view, meetings, zone), ct);
            return DigestOutcome.Sent;
        }
        catch (Exception e)
        {
            // Nothing went out: give the day back so the retry sends it.
            await db.Owners.Where(o => o.Id == ownerId && o.DigestSentOn == day)
                .ExecuteUpdateAsync(o => o.SetProperty(x => x.DigestSentOn, previous), CancellationToken.None);
            logger.LogWarning("The digest for {Owner} was not sent: {Error}", owner.Email, e.Message);
            throw;
        }
    }

    // Each of tomorrow's external meetings with the cards of its outsiders, as the brief shows them.
    private async Task<IReadOnlyList<DigestMeeting>> MeetingsAsync(TodayView view, CancellationToken ct)
    {
        var result = new List<DigestMeeting>();
        foreach (var meeting in view.TomorrowsMeetings.Take(Meetings))
        {
            var recipients = meeting.Outsiders.Take(AttendeesPerMeeting).Select(p => new Recipient(p.Email, true)).ToList();
            result.Add(new DigestMeeting(meeting, await CardBuilder.BuildAsync(db, recipients, time.GetUtcNow(), ct)));
        }
        return result;
    }
}

/// <summary>What one run of <see cref="DigestJob"/> did (shown in the job dashboard as its result).</summary>
public enum DigestOutcome { Sent, NothingToSay, AlreadySent, DayOff, TurnedOff, NotAllowed, NoSender, NoMailbox }
