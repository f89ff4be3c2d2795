using OutlookRelations.Server.Details;

namespace OutlookRelations.Server.Sidebar;

/// <summary>
/// A recipient we have never exchanged mail with gets Known = false and empty figures; one we
/// cannot read as an address gets a <see cref="Problem"/> that says so, and the others load.
/// <see cref="Opener"/> is the one thing worth saying; details come best opener first; every
/// text in them came from an email.
/// </summary>
public sealed record Card(
    string Email, bool Known, string DisplayName, string? Organisation,
    DateTimeOffset? FirstContactAt, DateTimeOffset? LastContactAt,
    int MessagesToContact, int MessagesFromContact, int MeetingsTogether, double Strength,
    IReadOnlyList<RecentSubject> RecentSubjects, IReadOnlyList<DetailView> Details, PromisesView Promises,
    IReadOnlyList<AwaitingView> AwaitingReply, MeetingView? NextMeeting, IReadOnlyList<int> Trend, IReadOnlyList<PersonView> Network,
    OpenerView? Opener, RhythmView? Rhythm, string? Problem)
{
    /// <summary>
    /// For someone you do not know well: colleagues who chose to share whom they know and know this
    /// person well or regularly ("ask for an introduction"). Empty otherwise.
    /// </summary>
    public IReadOnlyList<WarmPaths.WarmPath> WarmPaths { get; init; } = [];

    /// <summary>Recent company news someone else told you that names this person's organisation, newest first.</summary>
    public IReadOnlyList<CardNews> News { get; init; } = [];
}
