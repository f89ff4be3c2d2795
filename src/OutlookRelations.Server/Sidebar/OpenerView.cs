using System.Globalization;
using OutlookRelations.Memory.Messages;
using OutlookRelations.Server.Details;

namespace OutlookRelations.Server.Sidebar;

/// <summary>
/// The one thing worth saying to someone, as words a person could use ("Ask Carla how it went …"),
/// why it was chosen (<see cref="Reason"/>: upcoming, justPassed, awaitingReply, quiet, fresh,
/// promise, lastTopic) and the detail it came from, if any. Text quoted from mail stays inside “…”.
/// </summary>
public sealed record OpenerView(string Text, string Reason, long? DetailId)
{
    /// <summary>A detail said within this many days is fresh enough to open with.</summary>
    public const int FreshDays = 90;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// The first that applies: a date coming up within two weeks, something just over, a question of
    /// theirs you have not answered, a quiet relationship's last shared topic, a fresh detail, your
    /// own open promise, a thread of theirs waiting for your reply, the last thing you wrote about
    /// (within <see cref="FreshDays"/>). Null when there is nothing better than "checking in".
    /// </summary>
    public static OpenerView? Choose(string displayName, IReadOnlyList<DetailView> details, PromisesView promises,
        IReadOnlyList<AwaitingView> awaiting, RhythmView rhythm, IReadOnlyList<RecentSubject> recent, DateTimeOffset now, TimeZoneInfo? zone = null)
    {
        zone ??= TimeZoneInfo.Utc;
        string Day(DateTimeOffset at) => OpenerView.Day(at, now, zone);
        var name = FirstName(displayName);
        // "them" reads as an object; where the name is the subject of a sentence, "they".
        var who = name == "them" ? "they" : name;
        var whose = name == "them" ? "their" : name + "'s";
        var soon = details.FirstOrDefault(d => d.Freshness is { State: "upcoming", DaysAway: <= DetailRanking.SoonDays });
        if (soon is not null) return Upcoming(name, soon);
        var over = details.FirstOrDefault(d => d.Freshness.State == "justPassed");
        if (over is not null) return new($"Ask {name} how it went: “{over.Summary}” ({Days(over.Freshness.DaysAway)}).", "justPassed", over.Id);
        var question = awaiting.FirstOrDefault(a => a.Question is not null);
        if (question is not null)
            return new($"Answer {whose} question from {Ago(question.SentAt, now)}: “{question.Question}”", "awaitingReply", null);
        // Only what they said themselves is "mentioned"; a note written by hand opens only with its date.
        var said = details.Where(d => d.Origin == "extracted").ToList();
        if (rhythm.QuietLongerThanUsual && rhythm.DaysSinceContact is { } silent)
        {
            var topic = said.FirstOrDefault(d => d.Freshness.State == "standing");
            var quiet = $"It has been {Span(silent)} — longer than usual. ";
            if (topic is not null) return new(quiet + $"Pick up where you left off: {who} mentioned on {Day(topic.MentionedAt)} “{topic.Summary}”.", "quiet", topic.Id);
            // The silence counts only mail between the two of you; a newer subject they were merely
            // copied on is not "your last conversation" (it would read "2 months … (6 days ago)").
            var last = recent.FirstOrDefault(r => r.SentAt <= now.AddDays(-silent));
            if (last is not null) return new(quiet + $"Your last conversation was “{Topic(last.Subject)}” ({Day(last.SentAt)}).", "quiet", null);
            return new(quiet + $"A short personal note to {name} is a good way back in.", "quiet", null);
        }
        var fresh = said.FirstOrDefault(d => d.Freshness.State is "standing" or "upcoming" && (now - d.MentionedAt).TotalDays <= FreshDays);
        if (fresh is not null) return Fresh(who, fresh, Day(fresh.MentionedAt));
        var promise = promises.ByYou.FirstOrDefault();
        if (promise is not null) return new($"You promised {name}: “{promise.Summary}” — a reason to write.", "promise", promise.Id);
        var waiting = awaiting.FirstOrDefault();
        if (waiting is not null) return new($"Reply to {name} about “{Topic(waiting.Subject)}” ({Ago(waiting.SentAt, now)}).", "awaitingReply", null);
        // A regular work contact with nothing personal remembered still has a thread to pick up.
        var topicNow = recent.FirstOrDefault(r => (now - r.SentAt).TotalDays <= FreshDays);
        if (topicNow is not null) return new($"Follow up with {name} on “{Topic(topicNow.Subject)}” ({Day(topicNow.SentAt)}).", "lastTopic", null);
        return null;
    }

    private static OpenerView Upcoming(string name, DetailView d)
    {
        var when = d.Freshness.When is { } date ? $"on {Date(date)} ({Days(d.Freshness.DaysAway)})" : Days(d.Freshness.DaysAway);
        return d.Kind switch
        {
            "birthday" => new($"Wish {name} a happy birthday {when}.", "upcoming", d.Id),
            "anniversary" => new($"Congratulate {name} on their anniversary {when}.", "upcoming", d.Id),
            "travel" => new($"Wish {name} a good trip {when}: “{d.Summary}”.", "upcoming", d.Id),
            _ => new($"Wish {name} well {when}: “{d.Summary}”.", "upcoming", d.Id),
        };
    }

    private static OpenerView Fresh(string name, DetailView d, string when)
    {
        var said = $"{name} mentioned on {when}: “{d.Summary}”";
        var opens = char.ToUpperInvariant(said[0]) + said[1..];
        return d.Kind switch
        {
            "work_change" => new($"Congratulate {(name == "they" ? "them" : name)} — {said}.", "fresh", d.Id),
            "company_news" => new($"{opens} — ask what it means for them.", "fresh", d.Id),
            "feedback" => new($"{opens} — ask whether it is better now.", "fresh", d.Id),
            _ => new($"{opens} — ask how it is going.", "fresh", d.Id),
        };
    }

    // The subject as a topic ("RE: FW: Pilot results" is "Pilot results"); a subject of prefixes only stays as it was.
    private static string Topic(string subject) => SubjectTopic.Of(subject) is { Length: > 0 } topic ? topic : subject.Trim();

    /// <summary>"Carla" from "Carla Reyes", "Phillip" from "Allen, Phillip K.", "them" from a bare address.</summary>
    public static string FirstName(string displayName)
    {
        var name = displayName.Trim();
        if (name.Length == 0 || name.Contains('@')) return "them";
        var comma = name.IndexOf(',');
        if (comma > 0 && comma < name.Length - 1) name = name[(comma + 1)..].Trim();
        var first = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return first.Any(char.IsLetter) ? first : name;
    }

    /// <summary>"16 March": the dates a card opens with are this year's or recur every year.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM", English);

    // "12 Nov" on the owner's own calendar.
    private static string Day(DateTimeOffset at, DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return local.ToString(local.Year == TimeZoneInfo.ConvertTime(now, zone).Year ? "d MMM" : "d MMM yyyy", English);
    }

    private static string Days(int? days) => days switch
    {
        null => "soon",
        0 => "today",
        1 => "tomorrow",
        -1 => "yesterday",
        > 1 => $"in {days} days",
        _ => $"{-days} days ago",
    };

    private static string Ago(DateTimeOffset at, DateTimeOffset now) =>
        (int)(now - at).TotalDays switch { <= 0 => "today", 1 => "yesterday", var n => $"{n} days ago" };

    /// <summary>"3 weeks", "4 months": a silence read at a glance.</summary>
    public static string Span(int days) => days switch
    {
        < 14 => $"{days} days",
        < 60 => $"{(int)Math.Round(days / 7.0)} weeks",
        < 730 => $"{(int)Math.Round(days / 30.0)} months",
        _ => $"{(int)Math.Round(days / 365.0)} years",
    };
}
