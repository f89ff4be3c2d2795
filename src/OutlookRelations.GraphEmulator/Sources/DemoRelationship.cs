using OutlookRelations.GraphEmulator.Model;

namespace OutlookRelations.GraphEmulator.Sources;

/// <summary>
/// A year of one employee's relationship with one customer: threads at the relationship's usual
/// cadence (some going dormant months ago), with meetings along the way and a few still to come.
/// </summary>
internal sealed class DemoRelationship(
    Random random, DemoPostOffice post, EmulatedUser owner, DemoContact contact,
    IReadOnlyList<EmulatedUser> colleagues, DateTimeOffset anchor, int cadenceDays)
{
    private readonly EmailAddress _owner = new(owner.DisplayName, owner.Mail);
    // The employee's own company signs and names the meetings (Fabrikam's people carry "Fabrikam").
    private readonly string _company = owner.CompanyName ?? "Fabrikam";

    public void Play()
    {
        var dormantSince = random.Next(5) == 0 ? anchor.AddDays(-random.Next(100, 220)) : anchor;
        var time = anchor.AddDays(-365 + random.Next(cadenceDays));
        while (time < dormantSince)
        {
            Thread(BusinessHours(time));
            if (random.Next(4) == 0) Meeting(BusinessHours(time.AddDays(random.Next(2, 10))));
            time = time.AddDays(cadenceDays * (0.6 + random.NextDouble() * 0.8));
        }
        if (dormantSince == anchor && random.Next(3) == 0) Meeting(BusinessHours(anchor.AddDays(random.Next(1, 21))));
    }

    private void Thread(DateTimeOffset start)
    {
        var topic = DemoText.Topics[random.Next(DemoText.Topics.Length)];
        var conversationId = StableId.For("AAQkAD", $"{owner.Id}|{contact.Address.Address}|{start:O}");
        var ownerWrites = random.Next(100) < 55;
        var cc = random.Next(10) == 0 ? colleagues[random.Next(colleagues.Count)] : null;
        var count = random.Next(1, 4);
        var sent = start;
        EmulatedMessage? previous = null;
        string? previousText = null;
        for (var i = 0; i < count && sent < anchor; i++)
        {
            var text = ownerWrites ? OwnerText(sent) : ContactText(sent);
            var message = Message(ownerWrites, i == 0 ? topic : "RE: " + topic, conversationId, sent, text, previous, previousText, cc);
            post.Deliver(message);
            previous = message;
            previousText = text;
            ownerWrites = !ownerWrites;
            sent = sent.AddMinutes(random.Next(20, 60 * 72));
        }
    }

    private EmulatedMessage Message(bool ownerWrites, string subject, string conversationId, DateTimeOffset sent, string text,
        EmulatedMessage? previous, string? previousText, EmulatedUser? cc)
    {
        var from = ownerWrites ? _owner : contact.Address;
        var to = ownerWrites ? contact.Address : _owner;
        var body = previous is null
            ? text
            : text + "\n\n" + DemoText.Quote(random.Next(2) == 0, previous.From.Name, previous.To[0].Name, previous.SentDateTime, previous.Subject, previousText!);
        var html = !ownerWrites && contact.Address.Address.Length % 3 == 0;
        var domain = from.Address[(from.Address.IndexOf('@') + 1)..];
        return new EmulatedMessage
        {
            Id = "",
            InternetMessageId = $"<{StableId.Guid(conversationId + sent.ToString("O"))}@{domain}>",
            ConversationId = conversationId,
            Subject = subject,
            From = from,
            To = [to],
            Cc = cc is null ? [] : [new EmailAddress(cc.DisplayName, cc.Mail)],
            SentDateTime = sent,
            ReceivedDateTime = sent.AddSeconds(random.Next(1, 30)),
            BodyContentType = html ? "html" : "text",
            BodyContent = html ? DemoText.Html(body) : body,
        };
    }

    private string OwnerText(DateTimeOffset at)
    {
        var lines = new List<string> { $"Hi {contact.FirstName},", DemoText.Business(random) };
        if (random.Next(4) == 0) lines.Add(DemoText.Commitment(random, at));
        if (random.Next(6) == 0) lines.Add(DemoText.OwnerSmallTalk(random, contact.Persona));
        lines.Add("Best regards,\n" + DemoText.Signature(owner.DisplayName, owner.JobTitle ?? "", _company));
        return string.Join("\n\n", lines);
    }

    private string ContactText(DateTimeOffset at)
    {
        var lines = new List<string> { $"Hi {owner.DisplayName.Split(' ')[0]},", DemoText.Business(random) };
        if (random.Next(8) == 0) lines.Add(DemoText.Question(random));
        if (random.Next(3) == 0) lines.Add(DemoText.ContactSmallTalk(random, contact.Persona, at));
        lines.Add("Thanks,\n" + DemoText.Signature(contact.Address.Name, "Procurement", contact.Company));
        if (random.Next(4) == 0) lines.Add(DemoText.Disclaimer(contact.Company));
        return string.Join("\n\n", lines);
    }

    private void Meeting(DateTimeOffset start)
    {
        var ownerOrganizes = random.Next(2) == 0;
        var attendees = new List<EmulatedAttendee>
        {
            new(ownerOrganizes ? contact.Address : _owner, "required", random.Next(3) switch { 0 => "tentativelyAccepted", 1 => "none", _ => "accepted" }),
        };
        if (random.Next(5) == 0)
        {
            var colleague = colleagues[random.Next(colleagues.Count)];
            attendees.Add(new EmulatedAttendee(new EmailAddress(colleague.DisplayName, colleague.Mail), "optional", "accepted"));
        }
        var iCalUId = StableId.For("040000008200E0", $"{owner.Id}|{contact.Address.Address}|{start:O}");
        post.Schedule(new EmulatedEvent
        {
            Id = "",
            ICalUId = iCalUId,
            Subject = $"{contact.Company} / {_company}: {DemoText.Topics[random.Next(DemoText.Topics.Length)]}",
            Organizer = ownerOrganizes ? _owner : contact.Address,
            Attendees = attendees,
            Start = start,
            End = start.AddMinutes(random.Next(1, 5) * 15),
            Location = random.Next(2) == 0 ? "Microsoft Teams Meeting" : $"{contact.Company} office",
        });
    }

    // Mail and meetings happen on weekdays between 8:00 and 17:00 UTC.
    private DateTimeOffset BusinessHours(DateTimeOffset time)
    {
        var day = new DateTimeOffset(time.Year, time.Month, time.Day, 0, 0, 0, TimeSpan.Zero);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
        return day.AddHours(8 + random.Next(9)).AddMinutes(random.Next(4) * 15);
    }
}
