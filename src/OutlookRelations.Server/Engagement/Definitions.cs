namespace OutlookRelations.Server.Engagement;

/// <summary>
/// Every metric in words, exactly as RelationshipMetrics computes it. The workbook's Definitions
/// sheet and docs/metrics.md both carry this text (a test keeps the document in step).
/// </summary>
public static class Definitions
{
    public static readonly IReadOnlyList<(string Metric, string Definition)> All =
    [
        ("Relationship", "One mailbox owner and one other person they exchanged mail or meetings with. Mail to oneself is not a relationship, from any of one's own addresses (every address of the mailbox is the owner)."),
        ("Mail that counts", "Mail in every folder the owner files mail in, Inbox, Sent Items and Deleted Items included (Deleted Items unless the tenant's admins turned it off), and the folders below them. Never Drafts, Junk Email, Outbox, Conversation History, Sync Issues or hidden folders. A message filed in several folders counts once."),
        ("Newsletters and automated mail", "Mail from a sender that is not a person: a role or no-reply address (noreply@, news@, notifications@ …), mail marked Auto-Submitted: auto-generated, a newsletter (Precedence: bulk or junk, or an unsubscribe header with no way to post to a list), or a list writing as itself. It is counted on a line of its own and in no relationship, reply rate, response time or dormancy. A person writing through a discussion list is still a person."),
        ("Period", "The report's days, from midnight at the start of 'from' to midnight at the end of 'to', in the report's time zone. The previous period is the same number of days just before it."),
        ("Messages sent", "Messages the owner sent with the person among To, Cc or Bcc, sent in the period."),
        ("Messages received", "Messages the person sent that reached the owner, sent in the period. Mail on which the person was only copied by someone else does not count."),
        ("Turn", "A run of consecutive messages from one side in one conversation (Outlook's conversation id). Three quick notes in a row are one turn; the other side writing back answers it."),
        ("Threads started", "Conversations whose first message between the two was sent in the period, counted for the side that sent it."),
        ("Your reply rate", "Of the person's turns that started in the period, the share the owner answered before the period ended."),
        ("Their reply rate", "Of the owner's turns that started in the period, the share the person answered before the period ended."),
        ("Your median response time (hours)", "The median, over the person's answered turns in the period, of the time from the last message of their turn to the owner's first message back."),
        ("Their median response time (hours)", "The same, for the person answering the owner."),
        ("Meetings", "Calendar events in the owner's calendar that started in the period (and before now), not cancelled, with the person invited and not declining. An invitation nobody answered counts."),
        ("Meeting hours", "The scheduled length of those meetings, added up."),
        ("First contact / last contact", "The first and the latest message either way or meeting, up to the end of the period."),
        ("Days since last two-way exchange", "Days from the last time either side answered the other's turn to the end of the period."),
        ("Usual gap (days)", "The median number of days between consecutive days with contact (mail either way or a meeting) in the year before the end of the period; blank with fewer than three such days."),
        ("Dormant", "No contact for longer than three usual gaps (at least 30 days), or 90 days when there is no usual gap, at the end of the period."),
        ("Reciprocity", "The smaller of messages sent and received divided by the larger: 100% is balanced, 0% is one-way."),
        ("Relationship strength", "Every message and meeting up to the end of the period, each worth 1 when new and half as much for every 90 days of age (a 90-day half-life), added up."),
        ("Small talk share", "Of the messages sent and received in the period, the share from which the memory engine remembered something personal about the person (birthday, anniversary, family, pet, interest, preference, travel, life event), not counting details the owner dismissed."),
        ("Re-engagements", "Answers in the period to a turn that broke a dormant silence: before that turn, nobody had written or met for longer than the dormancy threshold of that moment."),
        ("Active relationships", "Relationships with at least one message or meeting in the period."),
        ("Totals", "Counts add up. Rates and reciprocity are recomputed from the added-up counts, never averaged; medians are taken over all the answers involved."),
        ("Colleagues", "People at the tenant's own mail domain (or a subdomain of it). The pack is about customers: colleagues count in none of its figures, come after customers on every sheet, and are summed on one line of the Summary."),
        ("Customer feedback", "Details the memory engine remembered as feedback (a complaint, annoyance or praise about our service, product or handling) from customers' mail, never a sensitive or dismissed one, counted in the period by when they were last mentioned. The theme comes from words in what they said, checked in this order: " + FeedbackThemes.Words + "; anything else is 'other feedback'."),
        ("Shared story", "A conversation (a remembered detail and its thread) that the person who had it chose to share for their manager's pack, from the detail's menu in Outlook. Nothing is shared by default, sensitive details never are, and a story its owner withdraws, or whose detail is dismissed or erased, leaves every stored report. Shown only where the tenant's admins allow stories in reports."),
        ("Story: reply", "The person wrote again in the same conversation after the small talk, up to the end of the period."),
        ("Story: meeting", "A meeting with the person started after the small talk, up to the end of the period."),
        ("Story: re-engagement", "The small talk came in a turn that broke a dormant silence (as for Re-engagements: before it, nobody had written or met for longer than the dormancy threshold of that moment), and the turn was answered by the end of the period."),
        ("Talking point", "The memory engine's best opener for the person (an upcoming date, a fresh personal detail), never a sensitive one. Shown on the requester's own relationships, and on others' only when the tenant's admins allow talking points in reports."),
    ];
}
