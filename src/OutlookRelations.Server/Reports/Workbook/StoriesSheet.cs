using ClosedXML.Excel;
using OutlookRelations.Server.Stories;

namespace OutlookRelations.Server.Reports.Workbook;

/// <summary>
/// "Stories": the conversations the report's people chose to share, each with who, which
/// organisation, the small talk (the remembered detail and the sentence it came from, never the
/// mail), when, and what came of it. Email text goes through <see cref="SheetWriter"/>, so none of
/// it can become a formula. Someone who never shared is not on it.
/// </summary>
public static class StoriesSheet
{
    public const string Name = "Stories";
    private const string Date = "yyyy-mm-dd";

    public static Column<StoryRow>[] Columns(TimeZoneInfo zone) =>
    [
        new("Shared by", s => s.SharedBy, Width: 22),
        new("With", s => s.ContactName.Length > 0 ? s.ContactName : s.ContactEmail, Width: 22),
        new("Organisation", s => s.Organisation, Width: 22),
        new("Small talk", s => s.SmallTalk, Width: 36),
        new("What was said", s => s.Evidence.Length == 0 ? null : $"\u201C{s.Evidence}\u201D", Width: 50),
        new("In their words", s => s.Note, Width: 36),
        new("When", s => EngagementWorkbook.Local(s.HappenedAt, zone), Date, Width: 12),
        new("Reply", s => s.Outcome.Reply, Width: 8),
        new("Meeting", s => s.Outcome.Meeting, Width: 9),
        new("Re-engagement", s => s.Outcome.ReEngagement, Width: 14),
        new("What came of it", s => s.Outcome.Words, Width: 26),
        new("Customer or colleague", s => s.Colleague ? "colleague" : "customer", Width: 12),
    ];

    public static void Write(XLWorkbook book, IReadOnlyList<StoryRow> stories, TimeZoneInfo zone, int maxRows)
    {
        var columns = Columns(zone);
        // Customers first, as on every sheet; the newest small talk first within each.
        List<StoryRow> rows = [.. stories.OrderBy(s => s.Colleague).ThenByDescending(s => s.HappenedAt).ThenBy(s => s.StoryId)];
        var sheet = SheetWriter.Table(book, Name, columns, rows, maxRows);
        foreach (var c in new[] { 4, 5, 6 }) sheet.Column(c).Style.Alignment.WrapText = true;
        var note = sheet.Cell(1, columns.Length + 2);
        note.SetValue(stories.Count == 0
            ? "No one in this report has shared a story. Stories appear only when the person who had the conversation shares it, and only where the tenant's admins allow stories in reports."
            : "Conversations the people in this report chose to share. What came of each is defined on the Definitions sheet; a story its owner withdraws leaves every stored report.");
        note.Style.Font.Italic = true;
    }
}
