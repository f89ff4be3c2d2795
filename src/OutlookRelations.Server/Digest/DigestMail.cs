using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using OutlookRelations.Server.GraphAccess;
using OutlookRelations.Server.Sidebar;
using OutlookRelations.Server.Today;

namespace OutlookRelations.Server.Digest;

/// <summary>One of tomorrow's meetings with people from outside, and what the brief says of each.</summary>
public sealed record DigestMeeting(TodayMeeting Meeting, IReadOnlyList<Card> Outsiders);

/// <summary>
/// The morning digest as a mail: the Today view's lists in the same words, then tomorrow's external
/// meetings with a line per attendee. Every name, opener and subject came from someone's mail, so
/// each is HTML-encoded, exactly as the pane renders them as text.
/// </summary>
public static class DigestMail
{
    public const int HighlightsPerAttendee = 3;

    public static bool IsEmpty(TodayView today, IReadOnlyList<DigestMeeting> meetings) =>
        Lists(today).All(l => l.Items.Count == 0) && meetings.Count == 0 && today.News.Count == 0;

    public static OutgoingMail For(string to, string firstName, TodayView today, IReadOnlyList<DigestMeeting> meetings, TimeZoneInfo zone)
    {
        // Markup characters encoded, every script left readable (names are not only Latin).
        var html = HtmlEncoder.Create(UnicodeRanges.All);
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<p>Good morning {html.Encode(firstName)}. Worth a note today:</p>");
        foreach (var (title, items) in Lists(today))
        {
            if (items.Count == 0) continue;
            body.Append(CultureInfo.InvariantCulture, $"<h3>{title}</h3><ul>");
            foreach (var item in items)
                body.Append(CultureInfo.InvariantCulture, $"<li><b>{html.Encode(item.DisplayName)}</b>{Organisation(item.Organisation, html)}: {html.Encode(item.Text)}</li>");
            body.Append("</ul>");
        }
        if (today.News.Count > 0)
        {
            body.Append("<h3>News about organisations you know</h3><ul>");
            foreach (var news in today.News) body.Append(CultureInfo.InvariantCulture, $"<li>{html.Encode(news.Text)}</li>");
            body.Append("</ul>");
        }
        if (meetings.Count > 0)
        {
            body.Append("<h3>Tomorrow's meetings with people from outside</h3>");
            foreach (var m in meetings)
            {
                var at = TimeZoneInfo.ConvertTime(m.Meeting.StartAt, zone).ToString("HH:mm", CultureInfo.InvariantCulture);
                body.Append(CultureInfo.InvariantCulture, $"<p><b>{at} {html.Encode(m.Meeting.Subject)}</b></p><ul>");
                foreach (var card in m.Outsiders) body.Append(CultureInfo.InvariantCulture, $"<li>{Attendee(card, html)}</li>");
                body.Append("</ul>");
            }
        }
        body.Append("<p style=\"color:#666\">From OutlookRelations. Turn this mail off in the Outlook pane's Today view.</p>");
        var count = Lists(today).SelectMany(l => l.Items).Select(i => i.Email).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var subject = count == 0 ? "Your meetings tomorrow" : count == 1 ? "One person worth a note today" : $"{count} people worth a note today";
        return new OutgoingMail(to, subject, body.ToString());
    }

    private static string Attendee(Card card, HtmlEncoder html)
    {
        var name = $"<b>{html.Encode(card.DisplayName)}</b>{Organisation(card.Organisation, html)}";
        if (card.MessagesToContact + card.MessagesFromContact == 0) return $"{name}: new, you have not written to each other yet.";
        var lines = new List<string>();
        if (card.Opener is { } opener) lines.Add(html.Encode(opener.Text));
        lines.AddRange(card.Details.Take(HighlightsPerAttendee).Select(d => html.Encode(d.Summary)));
        return lines.Count == 0 ? name : $"{name}: {string.Join(" · ", lines)}";
    }

    private static string Organisation(string? organisation, HtmlEncoder html) =>
        string.IsNullOrWhiteSpace(organisation) ? "" : $" ({html.Encode(organisation)})";

    private static IEnumerable<(string Title, IReadOnlyList<TodayItem> Items)> Lists(TodayView t) =>
    [
        ("Replies you owe", t.RepliesOwed), ("Promises due", t.PromisesDue), ("Dates coming up", t.Dates),
        ("Just over: ask how it went", t.JustOver), ("Gone quiet", t.GoneQuiet),
    ];
}
