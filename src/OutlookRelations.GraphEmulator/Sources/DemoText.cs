using System.Globalization;

namespace OutlookRelations.GraphEmulator.Sources;

/// <summary>
/// The words of the demo tenant's mail: ordinary business with small talk mixed in, signatures and
/// quoted replies, so the demo exercises the same cleaning and extraction real mail needs.
/// </summary>
internal static class DemoText
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");

    public static readonly string[] Topics =
    [
        "Renewal for next year", "Pilot kickoff", "Pricing for the expansion", "Follow-up from our call", "Quarterly business review",
        "Contract redlines", "Onboarding plan", "Support escalation", "Proposal draft", "Budget approval", "Integration timeline",
        "Reference call", "Invoice question", "Roadmap preview", "Security questionnaire", "Training sessions",
    ];

    private static readonly string[] BusinessLines =
    [
        "Thanks for the time on the phone. I've put the main points in the attached summary.",
        "Could you confirm the number of seats you need for the next phase?",
        "Legal came back with a couple of small edits to section 4; nothing that changes the scope.",
        "We are aligned on the timeline. The only open item is the data migration window.",
        "I've shared the updated deck with the team and they had a few questions about pricing tiers.",
        "Our finance team needs the PO number before we can release the order.",
        "The pilot numbers look good so far: adoption is above what we planned for.",
        "Can we move our check-in to later in the week? Tuesday is packed on my side.",
        "Attached is the draft agreement for your review.",
        "Following up on the open questions from the workshop.",
    ];

    private static readonly string[] Commitments =
    [
        "I'll send you the revised proposal by {0}.",
        "I will get back to you with the pricing options on {0}.",
        "I'll call you on {0} to walk through the contract.",
        "I'll share the reference customer list before {0}.",
    ];

    private static readonly string[] Questions =
    [
        "Do you have the signed order form handy?",
        "Could you send over the updated security documentation?",
        "Any news on the budget approval?",
    ];

    /// <summary>A first-person detail the contact shares about themselves, dated against <paramref name="at"/>.</summary>
    public static string ContactSmallTalk(Random r, DemoPersona p, DateTimeOffset at) => r.Next(10) switch
    {
        0 => $"On a personal note, my daughter {p.ChildName} has her {p.ChildEvent} on {Day(NextWeekday(at, r), "dddd, MMMM d")}, so I'll be offline that afternoon.",
        1 => $"Sorry for the slow reply, we just brought home a {p.Pet} called {p.PetName} and the house is chaos.",
        2 => $"I'm off to {p.Destination} on {Day(at.AddDays(r.Next(10, 40)), "MMMM d")} for two weeks, so let's try to wrap this up before then.",
        3 => $"Did you catch {p.Team} at the weekend? I'm still recovering.",
        4 => $"I've been spending every weekend {p.Hobby} lately, it keeps me sane.",
        5 => $"My birthday is on {new DateTime(2000, p.BirthdayMonth, p.BirthdayDay).ToString("MMMM d", En)}, so I'm taking that day off.",
        6 => p.PrefersMornings
            ? "By the way, I prefer calls in the morning; afternoons are back-to-back for me."
            : "Please call my cell rather than the desk line, I'm rarely at my desk these days.",
        7 => "Quick news: I've been promoted to head of procurement, starting next month.",
        8 => "Your support team was fantastic last week, thank you for turning that around so fast.",
        _ => "We're moving house next month, so bear with me if I'm slow to reply.",
    };

    /// <summary>What the account executive says back about the contact's life.</summary>
    public static string OwnerSmallTalk(Random r, DemoPersona p) => r.Next(3) switch
    {
        0 => $"How was {p.Destination}? I hope you got some proper rest.",
        1 => $"Good luck to {p.ChildName} with the {p.ChildEvent}!",
        _ => $"Hope {p.PetName} is settling in well.",
    };

    public static string Business(Random r) => BusinessLines[r.Next(BusinessLines.Length)];

    public static string Commitment(Random r, DateTimeOffset at) =>
        string.Format(En, Commitments[r.Next(Commitments.Length)], Day(NextWeekday(at, r), "dddd"));

    public static string Question(Random r) => Questions[r.Next(Questions.Length)];

    public static string Signature(string name, string title, string company) =>
        $"{name}\n{title} | {company}\nMobile: +1 (555) 01{name.Length % 10}-{name.Length * 37 % 10000:D4}";

    public static string Disclaimer(string company) =>
        $"CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s) at {company}. If you are not the intended recipient, please delete it.";

    /// <summary>A reply quotes the previous message, Outlook-style or "On … wrote:" style.</summary>
    public static string Quote(bool outlookStyle, string fromName, string toName, DateTimeOffset sent, string subject, string body)
    {
        if (outlookStyle)
            return $"-----Original Message-----\nFrom: {fromName}\nSent: {sent.ToString("dddd, MMMM d, yyyy h:mm tt", En)}\nTo: {toName}\nSubject: {subject}\n\n{body}";
        var quoted = string.Join('\n', body.Split('\n').Select(line => "> " + line));
        return $"On {sent.ToString("ddd, MMM d, yyyy 'at' h:mm tt", En)}, {fromName} wrote:\n{quoted}";
    }

    public static string Html(string text)
    {
        var paragraphs = text.Split("\n\n").Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>");
        return "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri\">" + string.Concat(paragraphs) + "</body></html>";
    }

    private static string Day(DateTimeOffset date, string format) => date.ToString(format, En);

    private static DateTimeOffset NextWeekday(DateTimeOffset from, Random r)
    {
        var day = from.AddDays(r.Next(2, 9));
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
        return day;
    }
}
